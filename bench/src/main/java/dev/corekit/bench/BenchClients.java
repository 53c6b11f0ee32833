package dev.corekit.bench;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** corekit clients as the harnesses build them: tokens put in the store beforehand, so no sign-in is needed. */
final class BenchClients {
    static final String CONNECTION = "bench";
    static final String ACCESS_TOKEN = "bench-access-token";
    static final String REFRESH_TOKEN = "bench-refresh-token";

    private BenchClients() {}

    /** A client of {@code apiBase} whose store holds an access token valid for a day. */
    static CoreClient corekit(String apiBase) {
        InMemoryTokenStore store = new InMemoryTokenStore();
        Instant now = Instant.now();
        store.save(CONNECTION, tokens(ACCESS_TOKEN, REFRESH_TOKEN, now, now.plus(Duration.ofDays(1))));
        return builder(apiBase, store).build();
    }

    /** A builder for a client of {@code apiBase} on {@code store}, under {@link #CONNECTION}. */
    static CoreClient.Builder builder(String apiBase, TokenStore store) {
        return CoreClient.builder()
                .clientId("bench-client")
                .clientSecret("bench-secret")
                .redirectUri("http://127.0.0.1/callback")
                .scopes("readwrite:core", "offline_access")
                .connection(CONNECTION)
                .apiBase(apiBase)
                .allowInsecureLoopback()
                .tokenStore(store);
    }

    static TokenSet tokens(String access, String refresh, Instant receivedAt, Instant expiresAt) {
        return new TokenSet(
                access,
                refresh,
                "Bearer",
                receivedAt,
                expiresAt,
                Set.of("readwrite:core", "offline_access"),
                null,
                null);
    }
}
