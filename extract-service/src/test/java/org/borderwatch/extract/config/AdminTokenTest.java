package org.borderwatch.extract.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.borderwatch.extract.config.AdminToken.Access;
import org.junit.jupiter.api.Test;

class AdminTokenTest {
    private final AdminToken token = AdminToken.of(Optional.of("s3cret-token"));

    @Test
    void theConfiguredBearerTokenIsGranted() {
        assertEquals(Access.GRANTED, token.check("Bearer s3cret-token"));
        assertEquals(Access.GRANTED, token.check("bearer s3cret-token"), "the scheme is case-insensitive");
        assertEquals(Access.GRANTED, token.check("Bearer  s3cret-token "));
    }

    @Test
    void aMissingOrNonBearerHeaderIsMissing() {
        assertEquals(Access.MISSING, token.check(null));
        assertEquals(Access.MISSING, token.check(""));
        assertEquals(Access.MISSING, token.check("Bearer "));
        assertEquals(Access.MISSING, token.check("Basic czNjcmV0LXRva2Vu"));
        assertEquals(Access.MISSING, token.check("s3cret-token"));
    }

    @Test
    void anyOtherTokenIsWrong() {
        assertEquals(Access.WRONG, token.check("Bearer s3cret-toke"));
        assertEquals(Access.WRONG, token.check("Bearer s3cret-token-and-more"));
        assertEquals(Access.WRONG, token.check("Bearer S3CRET-TOKEN"), "the token itself is case-sensitive");
    }

    @Test
    void noOrBlankConfiguredTokenDisablesTheEndpoints() {
        for (AdminToken disabled : new AdminToken[] {AdminToken.of(Optional.empty()), AdminToken.of(Optional.of("  "))}) {
            assertFalse(disabled.enabled());
            assertEquals(Access.DISABLED, disabled.check("Bearer anything"));
            assertEquals(Access.DISABLED, disabled.check(null));
        }
    }

    @Test
    void theTokenNeverAppearsInToString() {
        assertFalse(token.toString().contains("s3cret"));
    }
}
