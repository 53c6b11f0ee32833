package dev.corekit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.journal.JournalEntry;
import java.net.URI;
import java.util.List;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** corekit's token manager over {@link JdbcTokenStore}: login, calls and a refresh, as a user runs them. */
class CoreClientWithJdbcStoreTest {
    private final SandboxClock clock = new SandboxClock();

    private CoreClient client(CoreSandbox sandbox, JdbcTokenStore tokenStore) {
        return CoreClient.builder()
                .clientId(SandboxConfig.DEMO_CLIENT_ID)
                .clientSecret(SandboxConfig.DEMO_CLIENT_SECRET)
                .redirectUri("http://127.0.0.1/callback")
                .scopes("readwrite:core", "offline_access")
                .identityServer(sandbox.identityUrl())
                .allowInsecureLoopback()
                .clock(clock)
                .tokenStore(tokenStore)
                .connection("acme")
                .build();
    }

    @Test
    void loginCallsAndARotatedRefreshLiveInPostgresForEveryInstance() {
        String schema = Postgres.newSchema();
        DataSource dataSource = Postgres.dataSource(schema);
        SecretKey key = Keys.aes(7);
        try (CoreSandbox sandbox = CoreSandbox.builder()
                .clock(clock)
                .configure(config -> config.rotateRefreshTokens(true))
                .start()) {
            JdbcStores stores = JdbcStores.builder(dataSource) // the application's pool
                    .encryption(EncryptionKeys.current("2026-12", key)) // AES, from a secret manager
                    .build();
            stores.createSchema(); // idempotent; or run postgresql.sql with your migrations
            JdbcTokenStore tokenStore = stores.tokenStore(); // for CoreClient.builder().tokenStore(...)

            CoreClient first = client(sandbox, tokenStore);
            URI callback = sandbox.approve(first.authorization().start().uri());
            first.authorization().complete(callback);
            first.api(ActivityApi.class).list();
            TokenSet loggedIn = tokenStore.load("acme").orElseThrow();

            clock.advance(sandbox.config().accessTokenLifetime());
            first.api(ActivityApi.class).list();

            TokenSet refreshed = tokenStore.load("acme").orElseThrow();
            assertThat(refreshed.accessToken()).isNotEqualTo(loggedIn.accessToken());
            assertThat(refreshed.refreshToken()).isNotEqualTo(loggedIn.refreshToken());
            List<JournalEntry> refreshes = sandbox.journal()
                    .filter(e -> e.path().endsWith("/connect/token") && e.body().contains("grant_type=refresh_token"));
            assertThat(refreshes).hasSize(1);
            assertThat(refreshes.get(0).status()).isEqualTo(200);
            Sql sql = new Sql(dataSource);
            assertThat(sql.value("SELECT version FROM corekit_tokens WHERE connection = 'acme'"))
                    .isEqualTo(2L);
            assertThat((String) sql.value("SELECT tokens FROM corekit_tokens WHERE connection = 'acme'"))
                    .doesNotContain(refreshed.accessToken())
                    .doesNotContain(refreshed.refreshToken());

            // Another instance, with its own data source, calls with the refreshed tokens (the login's access token
            // has expired by now): no login, no refresh.
            JdbcTokenStore otherStore = JdbcStores.builder(Postgres.dataSource(schema))
                    .encryption(EncryptionKeys.current("2026-12", key))
                    .build()
                    .tokenStore();
            client(sandbox, otherStore).api(ActivityApi.class).list();
            JournalEntry call = sandbox.journal().last();
            assertThat(call.path()).endsWith("/activity");
            assertThat(call.status()).isEqualTo(200);
            assertThat(sandbox.journal().filter(e -> e.path().endsWith("/connect/token")))
                    .hasSize(2);
        }
    }

    @Test
    void twoInstancesCallingAtExpiryRefreshOnceAndNeitherIsLoggedOut() throws Exception {
        String schema = Postgres.newSchema();
        try (CoreSandbox sandbox = CoreSandbox.builder()
                .clock(clock)
                .configure(config -> config.rotateRefreshTokens(true))
                .start()) {
            JdbcStores stores = JdbcStores.builder(Postgres.dataSource(schema)).build();
            stores.createSchema();
            CoreClient first = client(sandbox, stores.tokenStore());
            first.authorization()
                    .complete(sandbox.approve(first.authorization().start().uri()));
            CoreClient second = client(
                    sandbox,
                    JdbcStores.builder(Postgres.dataSource(schema)).build().tokenStore());
            clock.advance(sandbox.config().accessTokenLifetime());

            int threads = 16;
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                List<java.util.concurrent.Future<?>> calls = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    CoreClient instance = t % 2 == 0 ? first : second;
                    calls.add(pool.submit(() -> {
                        start.await();
                        return instance.api(ActivityApi.class).list();
                    }));
                }
                start.countDown();
                for (java.util.concurrent.Future<?> call : calls) {
                    call.get(2, java.util.concurrent.TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }

            List<JournalEntry> tokenRequests =
                    sandbox.journal().filter(e -> e.path().endsWith("/connect/token"));
            assertThat(tokenRequests).extracting(JournalEntry::status).containsOnly(200);
            assertThat(tokenRequests.stream().filter(e -> e.body().contains("grant_type=refresh_token")))
                    .hasSize(1);
            assertThat(sandbox.journal().filter(e -> e.path().endsWith("/activity")))
                    .hasSize(threads)
                    .extracting(JournalEntry::status)
                    .containsOnly(200);
            assertThat(new Sql(Postgres.dataSource(schema))
                            .value("SELECT version FROM corekit_tokens WHERE connection = 'acme'"))
                    .isEqualTo(2L);
        }
    }
}
