package dev.corekit.jdbc;

import dev.corekit.runtime.token.TokenSet;
import java.time.Instant;
import java.util.Set;

/** Token sets with recognisable, secret-looking values. */
final class Tokens {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private Tokens() {}

    /** Tokens whose access token is {@code access-<n>-secret} and refresh token {@code refresh-<n>-secret}. */
    static TokenSet number(int n) {
        return new TokenSet(
                "access-" + n + "-secret",
                "refresh-" + n + "-secret",
                "Bearer",
                T0,
                T0.plusSeconds(3600),
                Set.of("readwrite:core", "offline_access"),
                "https://api.example.test/company/",
                null);
    }

    /** The {@code n} of {@link #number}. */
    static int numberOf(TokenSet tokens) {
        String access = tokens.accessToken();
        return Integer.parseInt(access.substring("access-".length(), access.length() - "-secret".length()));
    }

    static TokenSet expiring(Instant expiresAt, String refreshToken) {
        return new TokenSet("access-x-secret", refreshToken, "Bearer", T0, expiresAt, Set.of(), null, null);
    }
}
