package org.borderwatch.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;

/**
 * With {@code borderwatch.read.token} set: 401 (with a JSON body) without the token or with a wrong one, on the
 * REST layer and on {@link CachedAnswerRoutes} alike; 200 with it; health and the static page open; the page login
 * ({@code /?token=}) sets a cookie that the page's requests then carry.
 */
@QuarkusTest
@TestProfile(ReadTokenIT.WithReadToken.class)
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class ReadTokenIT {
    static final String TOKEN = "read-token-for-tests-7f3a";

    public static class WithReadToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(ReadTokenFilter.PROPERTY, TOKEN);
        }
    }

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyReadNeedsTheTokenAndGets401WithAJsonBodyWithout() throws Exception {
        for (String path : List.of("incidents", "incidents?country=AM", "incidents/am-az-2021-05-12",
                "incidents/am-az-2021-05-12/stream", "articles", "export/events.csv", "export/incidents.geojson",
                "q/metrics", "q/openapi", "js/%2E%2E/articles")) {
            for (String authorization : new String[] {null, "Bearer wrong-token", "Basic " + TOKEN, TOKEN}) {
                HttpResponse<String> r = get(path, authorization == null ? Map.of()
                        : Map.of("Authorization", authorization));
                assertEquals(401, r.statusCode(), path + " with " + authorization);
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
                assertTrue(r.body().startsWith("{\"status\":401,\"error\":\"") && r.body().contains("Bearer"), r.body());
                assertEquals("Bearer realm=\"borderwatch\"", r.headers().firstValue("WWW-Authenticate").orElse(null));
            }
        }
        assertEquals(200, get("incidents", bearer()).statusCode());
        assertEquals(200, get("articles", Map.of("Authorization", "bearer  " + TOKEN + " ")).statusCode());
        assertEquals(200, get("q/metrics", bearer()).statusCode());
        assertEquals(404, get("incidents/no-such-incident", bearer()).statusCode(), "past the filter: the REST layer");
    }

    @Test
    void theCachedAnswerRouteIsBehindTheTokenToo() throws Exception {
        get("incidents?country=", bearer()); // the REST layer serializes the list into the cache
        double before = cachedAnswers();
        HttpResponse<String> cached = get("incidents", bearer());
        assertEquals(200, cached.statusCode());
        assertEquals(before + 1, cachedAnswers(), "answered from the cache with the token");
        assertEquals(401, get("incidents", Map.of()).statusCode());
        assertEquals(before + 1, cachedAnswers(), "the cache answered nothing without the token");
    }

    @Test
    void healthAndThePageAreOpen() throws Exception {
        assertEquals(200, get("q/health/live", Map.of()).statusCode());
        assertNotEquals(401, get("q/health/ready", Map.of()).statusCode());
        assertNotEquals(401, get("q/health", Map.of()).statusCode());
        HttpResponse<String> page = get("", Map.of());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("js/app.js"), "the page");
        assertEquals(200, get("index.html", Map.of()).statusCode());
        assertEquals(200, get("js/api.js", Map.of()).statusCode());
        assertEquals(200, get("css/app.css", Map.of()).statusCode());
    }

    @Test
    void openingThePageWithTheTokenSetsTheCookieItsRequestsCarry() throws Exception {
        HttpResponse<String> wrong = get("?token=wrong-token", Map.of());
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().allValues("Set-Cookie").isEmpty());

        HttpResponse<String> login = get("?token=" + TOKEN, Map.of());
        assertEquals(303, login.statusCode());
        assertEquals("./", login.headers().firstValue("Location").orElse(null), "back to the page, token not in it");
        String setCookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(setCookie.startsWith(ReadTokenFilter.COOKIE + "=" + TOKEN), setCookie);
        String attributes = setCookie.toLowerCase(java.util.Locale.ROOT); // attribute names are case-insensitive
        assertTrue(attributes.contains("; httponly") && attributes.contains("; samesite=strict"), setCookie);
        assertEquals(303, get("index.html?token=" + TOKEN, Map.of()).statusCode());

        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        assertEquals(200, get("incidents", Map.of("Cookie", cookie)).statusCode());
        assertEquals(200, get("articles", Map.of("Cookie", cookie)).statusCode());
        assertEquals(401, get("articles", Map.of("Cookie", ReadTokenFilter.COOKIE + "=wrong-token")).statusCode());
    }

    private static Map<String, String> bearer() {
        return Map.of("Authorization", "Bearer " + TOKEN);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("/" + path))
                .timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private double cachedAnswers() throws Exception {
        return get("q/metrics", bearer()).body().lines()
                .filter(l -> l.startsWith("borderwatch_query_answers_cached_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
