package org.borderwatch.extract.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The admin bearer token and the check of an {@code Authorization} header against it. Compares SHA-256 digests
 * with {@link MessageDigest#isEqual} so that neither the content nor the length of the token leaks through timing.
 * The token itself is never logged and never part of {@link #toString()}.
 */
public final class AdminToken {

    /** Outcome of a check; the REST layer maps it to a status. */
    public enum Access {
        /** No token configured: the admin endpoints are off (503). */
        DISABLED,
        /** No {@code Authorization: Bearer} header (401). */
        MISSING,
        /** A bearer token that is not the configured one (403). */
        WRONG,
        GRANTED
    }

    private static final String BEARER = "bearer ";

    private final byte[] expectedDigest;

    private AdminToken(byte[] expectedDigest) {
        this.expectedDigest = expectedDigest;
    }

    /** A blank or absent token disables the admin endpoints; there is deliberately no built-in default. */
    public static AdminToken of(Optional<String> configured) {
        return new AdminToken(configured.map(String::strip).filter(t -> !t.isEmpty())
                .map(AdminToken::digest).orElse(null));
    }

    public boolean enabled() {
        return expectedDigest != null;
    }

    public Access check(String authorizationHeader) {
        if (expectedDigest == null) {
            return Access.DISABLED;
        }
        if (authorizationHeader == null || authorizationHeader.length() <= BEARER.length()
                || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Access.MISSING;
        }
        String presented = authorizationHeader.substring(BEARER.length()).strip();
        if (presented.isEmpty()) {
            return Access.MISSING;
        }
        return MessageDigest.isEqual(expectedDigest, digest(presented)) ? Access.GRANTED : Access.WRONG;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    @Override
    public String toString() {
        return enabled() ? "AdminToken[configured]" : "AdminToken[not configured]";
    }
}
