package org.borderwatch.query.rest;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The optional bearer token of the read API ({@code borderwatch.read.token}; unset: everything open, as before).
 * When set, every request needs {@code Authorization: Bearer <token>}, or the cookie the page login sets, except
 * liveness and readiness ({@code /q/health*}) and the static page itself ({@code /}, {@code /index.html},
 * {@code /css/*}, {@code /js/*}), which hold no data. Anything else gets 401 with a JSON body.
 *
 * <p>The page cannot send a header with every request (an {@code EventSource} has none), so it uses a cookie:
 * opening {@code /?token=<token>} once answers 303 back to the page without the token in the address and sets
 * {@value #COOKIE} (HttpOnly, SameSite=Strict, for the browser session); the page's requests then carry it.
 * Every endpoint here is a GET, so the cookie reads nothing a cross-site page could trigger a change with.
 *
 * <p>A Vert.x route ahead of everything else that answers, {@link CachedAnswerRoutes} included (which answers
 * {@code /incidents} from cached bytes before the REST layer would see the request).
 */
@ApplicationScoped
public class ReadTokenFilter {
    /** Ahead of {@link CachedAnswerRoutes#ORDER} and the REST layer. */
    static final int ORDER = CachedAnswerRoutes.ORDER - 100;
    static final String COOKIE = "borderwatch_read_token";
    static final String PROPERTY = "borderwatch.read.token";
    private static final Logger LOG = Logger.getLogger(ReadTokenFilter.class);
    private static final List<String> OPEN_PREFIXES = List.of("/q/health/", "/css/", "/js/");
    private static final List<String> OPEN_PATHS = List.of("/q/health", "/", "/index.html");
    private static final byte[] UNAUTHORIZED = ("{\"status\":401,\"error\":\"this read API needs the bearer token"
            + " of " + PROPERTY + ": send Authorization: Bearer <token>, or open the page once as /?token=<token>\"}")
            .getBytes(StandardCharsets.UTF_8);

    private final byte[] tokenDigest;

    public ReadTokenFilter(@ConfigProperty(name = PROPERTY) Optional<String> token) {
        this.tokenDigest = token.map(String::strip).filter(t -> !t.isEmpty()).map(ReadTokenFilter::digest).orElse(null);
    }

    void install(@Observes Router router) {
        if (tokenDigest == null) {
            LOG.infof("read API open: %s not set", PROPERTY);
            return;
        }
        LOG.infof("read API needs a bearer token (%s); /q/health* and the page stay open", PROPERTY);
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (isPage(path) && rc.queryParams().contains("token")) {
            login(rc, path);
        } else if (isOpen(path) || matches(bearer(rc.request().getHeader(HttpHeaders.AUTHORIZATION)))
                || matches(cookie(rc))) {
            rc.next();
        } else {
            refuse(rc);
        }
    }

    /** {@code /?token=...}: right token, the cookie and back to the page without it in the address; else 401. */
    private void login(RoutingContext rc, String path) {
        if (!matches(rc.queryParams().get("token"))) {
            refuse(rc);
            return;
        }
        Cookie cookie = Cookie.cookie(COOKIE, rc.queryParams().get("token")).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT);
        // relative, so that the page also works behind a path prefix
        String back = path.endsWith("/") ? "./" : path.substring(path.lastIndexOf('/') + 1);
        rc.response().setStatusCode(303).addCookie(cookie).putHeader(HttpHeaders.LOCATION, back)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end();
    }

    static boolean isOpen(String path) {
        return OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private static boolean isPage(String path) {
        return path.equals("/") || path.equals("/index.html");
    }

    private static void refuse(RoutingContext rc) {
        rc.response().setStatusCode(401)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader("WWW-Authenticate", "Bearer realm=\"borderwatch\"")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Buffer.buffer(UNAUTHORIZED));
    }

    /** The credentials of an {@code Authorization: Bearer ...} header, or null. */
    static String bearer(String authorization) {
        if (authorization == null || authorization.length() < 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).strip();
    }

    private static String cookie(RoutingContext rc) {
        Cookie cookie = rc.request().getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    /** Compared as SHA-256 digests in constant time: the answer's timing tells nothing about the token. */
    private boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(tokenDigest, digest(presented));
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
