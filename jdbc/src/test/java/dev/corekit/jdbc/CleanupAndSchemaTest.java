package dev.corekit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.auth.PendingAuthorization;
import dev.corekit.runtime.error.CoreConfigurationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class CleanupAndSchemaTest {
    private static final Instant NOW = Tokens.T0;

    @Test
    void cleanupDeletesTokensThatCanNoLongerBeRefreshedAndCountsEach() {
        DataSource dataSource = Postgres.newDatabase();
        MutableClock clock = new MutableClock(NOW.minus(Duration.ofDays(91)));
        JdbcStores stores = JdbcStores.builder(dataSource)
                .clock(clock)
                .refreshTokenLifetime(Duration.ofDays(90))
                .build();
        stores.tokenStore().save("unused-for-91-days", Tokens.expiring(NOW.minus(Duration.ofDays(90)), "r"));
        stores.tokenStore().save("unused-but-valid", Tokens.expiring(NOW.plus(Duration.ofDays(30)), "r"));
        clock.advance(Duration.ofDays(91));
        stores.tokenStore().save("expired-without-refresh", Tokens.expiring(NOW.minusSeconds(1), null));
        stores.tokenStore().save("expired-with-refresh", Tokens.expiring(NOW.minusSeconds(1), "r"));
        stores.tokenStore().save("valid-without-refresh", Tokens.expiring(NOW.plusSeconds(60), null));
        stores.authorizationStore()
                .save(new PendingAuthorization(
                        "hash-old", "acme", "https://app.example.com/cb", null, Map.of(), NOW.minusSeconds(3601)));

        assertThat(stores.deleteExpired()).isEqualTo(new JdbcStores.Cleanup(2, 1));

        assertThat(new Sql(dataSource).rows("SELECT connection FROM corekit_tokens ORDER BY connection"))
                .containsExactly(
                        Map.of("connection", "expired-with-refresh"),
                        Map.of("connection", "unused-but-valid"),
                        Map.of("connection", "valid-without-refresh"));
        assertThat(stores.deleteExpired()).isEqualTo(new JdbcStores.Cleanup(0, 0));
    }

    @Test
    void byDefaultCleanupKeepsIdleTokensThatHaveARefreshToken() {
        DataSource dataSource = Postgres.newDatabase();
        MutableClock clock = new MutableClock(NOW.minus(Duration.ofDays(400)));
        JdbcStores stores = JdbcStores.builder(dataSource).clock(clock).build();
        stores.tokenStore().save("idle-for-400-days", Tokens.expiring(NOW.minus(Duration.ofDays(399)), "r"));
        clock.advance(Duration.ofDays(400));
        stores.tokenStore().save("expired-without-refresh", Tokens.expiring(NOW.minusSeconds(1), null));

        assertThat(stores.deleteExpired()).isEqualTo(new JdbcStores.Cleanup(1, 0));

        assertThat(stores.tokenStore().load("idle-for-400-days"))
                .contains(Tokens.expiring(NOW.minus(Duration.ofDays(399)), "r"));
        assertThat(stores.tokenStore().load("expired-without-refresh")).isEmpty();
    }

    @Test
    void reencryptKeepsTheWriteTimeSoTheAgeRuleStillSeesAnIdleConnection() {
        DataSource dataSource = Postgres.newDatabase();
        MutableClock clock = new MutableClock(NOW.minus(Duration.ofDays(91)));
        JdbcStores.builder(dataSource)
                .clock(clock)
                .build()
                .tokenStore()
                .save("idle", Tokens.expiring(NOW.minus(Duration.ofDays(90)), "r"));
        Object written = new Sql(dataSource).value("SELECT updated_at FROM corekit_tokens");
        clock.advance(Duration.ofDays(91));
        JdbcStores stores = JdbcStores.builder(dataSource)
                .clock(clock)
                .encryption(EncryptionKeys.current("k1", Keys.aes(1)))
                .refreshTokenLifetime(Duration.ofDays(90))
                .build();

        assertThat(stores.reencrypt()).isEqualTo(1);

        assertThat(new Sql(dataSource).rows("SELECT key_id, updated_at FROM corekit_tokens"))
                .containsExactly(Map.of("key_id", "k1", "updated_at", written));
        assertThat(stores.deleteExpired()).isEqualTo(new JdbcStores.Cleanup(1, 0));
    }

    @Test
    void createSchemaIsIdempotentAndHonoursThePrefix() {
        DataSource dataSource = Postgres.dataSource(Postgres.newSchema());
        JdbcStores tenant =
                JdbcStores.builder(dataSource).tablePrefix("tenant_").build();
        JdbcStores plain = JdbcStores.builder(dataSource).build();

        tenant.createSchema();
        tenant.createSchema();
        plain.createSchema();
        tenant.tokenStore().save("acme", Tokens.number(1));

        assertThat(new Sql(dataSource)
                        .rows("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                                + " ORDER BY table_name"))
                .containsExactly(
                        Map.of("table_name", "corekit_pending_authorizations"),
                        Map.of("table_name", "corekit_tokens"),
                        Map.of("table_name", "tenant_pending_authorizations"),
                        Map.of("table_name", "tenant_tokens"));
        assertThat(plain.tokenStore().load("acme")).isEmpty();
        assertThat(tenant.tokenStore().load("acme")).contains(Tokens.number(1));
    }

    @Test
    void aPrefixThatIsNotAPlainIdentifierIsRefused() {
        DataSource dataSource = Postgres.dataSource("public");

        assertThatThrownBy(() -> JdbcStores.builder(dataSource)
                        .tablePrefix("x; DROP TABLE corekit_tokens; --")
                        .build())
                .isInstanceOfSatisfying(
                        CoreConfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("tablePrefix"))
                .hasMessageStartingWith("tablePrefix: must be 1 to 30 letters, digits or '_'");
        assertThatThrownBy(() -> JdbcStores.builder(dataSource)
                        .lockTimeout(Duration.ZERO)
                        .build())
                .hasMessage("lockTimeout: must be at least one millisecond");
    }

    @Test
    void aLockTimeoutOutsidePostgresRangeIsRefusedAtBuildNamingTheSetting() {
        DataSource dataSource = Postgres.dataSource("public");

        for (Duration timeout : new Duration[] {
            Duration.ofMillis(2_147_483_648L), Duration.ofDays(365_000_000L), Duration.ZERO, Duration.ofMillis(-5)
        }) {
            JdbcStores.Builder builder = JdbcStores.builder(dataSource).lockTimeout(timeout);
            assertThatThrownBy(builder::build)
                    .as("lockTimeout %s", timeout)
                    .isInstanceOfSatisfying(
                            CoreConfigurationException.class,
                            e -> assertThat(e.setting()).isEqualTo("lockTimeout"))
                    .hasMessageStartingWith("lockTimeout: must be at");
        }
        assertThat(JdbcStores.builder(dataSource)
                        .lockTimeout(Duration.ofMillis(Integer.MAX_VALUE))
                        .build())
                .isNotNull();
    }

    @Test
    void instancesCreatingTheSchemaAtOnceAllSucceed() throws Exception {
        for (int round = 0; round < 4; round++) {
            String schema = Postgres.newSchema();
            int instances = 4;
            CyclicBarrier start = new CyclicBarrier(instances);
            ExecutorService threads = Executors.newFixedThreadPool(instances);
            // Two instances (each its own data source), two threads each.
            DataSource[] dataSources = {Postgres.dataSource(schema), Postgres.dataSource(schema)};
            try {
                List<Future<?>> created = new ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    JdbcStores stores = JdbcStores.builder(dataSources[i % 2]).build();
                    created.add(threads.submit(() -> {
                        start.await(1, TimeUnit.MINUTES);
                        stores.createSchema();
                        return null;
                    }));
                }
                for (Future<?> each : created) {
                    each.get(1, TimeUnit.MINUTES);
                }
            } finally {
                threads.shutdownNow();
            }
            JdbcTokenStore store =
                    JdbcStores.builder(Postgres.dataSource(schema)).build().tokenStore();
            store.save("acme", Tokens.number(1));
            assertThat(store.load("acme")).contains(Tokens.number(1));
        }
    }

    @Test
    void theSchemaScriptIsInTheJar() throws Exception {
        try (var script = JdbcStores.class.getClassLoader().getResourceAsStream("dev/corekit/jdbc/postgresql.sql")) {
            assertThat(script).isNotNull();
            assertThat(new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("CREATE TABLE IF NOT EXISTS corekit_tokens")
                    .contains("CREATE TABLE IF NOT EXISTS corekit_pending_authorizations");
        }
    }
}
