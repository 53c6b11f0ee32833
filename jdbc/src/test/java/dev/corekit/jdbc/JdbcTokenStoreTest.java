package dev.corekit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.token.TokenSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbcTokenStoreTest {
    private final DataSource dataSource = Postgres.newDatabase();
    private final Sql sql = new Sql(dataSource);
    private final JdbcTokenStore store = JdbcStores.builder(dataSource).build().tokenStore();

    @Test
    void savedTokensLoadBackEqualAndUnknownConnectionsAreEmpty() {
        TokenSet tokens = Tokens.number(1);
        store.save("acme", tokens);

        assertThat(store.load("acme")).contains(tokens);
        assertThat(store.load("globex")).isEmpty();
        assertThat(sql.value("SELECT tokens FROM corekit_tokens WHERE connection = 'acme'"))
                .isEqualTo(tokens.toJson().toString());
    }

    @Test
    void saveReplacesTheRowAndCountsVersions() {
        store.save("acme", Tokens.number(1));
        store.save("acme", Tokens.number(2));

        assertThat(store.load("acme")).contains(Tokens.number(2));
        assertThat(sql.rows("SELECT connection, version, refreshable FROM corekit_tokens"))
                .containsExactly(java.util.Map.of("connection", "acme", "version", 2L, "refreshable", true));
    }

    @Test
    void deleteForgetsOnlyThatConnection() {
        store.save("acme", Tokens.number(1));
        store.save("globex", Tokens.number(2));

        store.delete("acme");
        store.delete("never-saved");

        assertThat(store.load("acme")).isEmpty();
        assertThat(store.load("globex")).contains(Tokens.number(2));
    }

    @Test
    void updateSeesStoredTokensAndWritesWhatItReturns() {
        store.save("acme", Tokens.number(1));

        Optional<TokenSet> result =
                store.update("acme", stored -> Optional.of(Tokens.number(Tokens.numberOf(stored.orElseThrow()) + 1)));

        assertThat(result).contains(Tokens.number(2));
        assertThat(store.load("acme")).contains(Tokens.number(2));
        assertThat(sql.value("SELECT version FROM corekit_tokens WHERE connection = 'acme'"))
                .isEqualTo(2L);
    }

    @Test
    void updateReturningTheSameInstanceWritesNothing() {
        store.save("acme", Tokens.number(1));

        Optional<TokenSet> result = store.update("acme", stored -> stored);

        assertThat(result).contains(Tokens.number(1));
        assertThat(sql.value("SELECT version FROM corekit_tokens WHERE connection = 'acme'"))
                .isEqualTo(1L);
    }

    @Test
    void updateOfAConnectionWithoutTokensInsertsAndEmptyDeletes() {
        assertThat(store.update("acme", stored -> {
                    assertThat(stored).isEmpty();
                    return Optional.of(Tokens.number(7));
                }))
                .contains(Tokens.number(7));
        assertThat(store.load("acme")).contains(Tokens.number(7));

        assertThat(store.update("acme", stored -> Optional.empty())).isEmpty();
        assertThat(store.update("globex", stored -> stored)).isEmpty();

        // Neither the deleted row nor the one locked for a connection without tokens is left behind.
        assertThat(sql.value("SELECT count(*) FROM corekit_tokens")).isEqualTo(0L);
    }

    @Test
    void anExceptionInTheUpdateRollsBackAndLeavesTheRow() {
        store.save("acme", Tokens.number(1));
        IllegalStateException failure = new IllegalStateException("refresh failed");

        assertThatThrownBy(() -> store.update("acme", stored -> {
                    store.save("globex", Tokens.number(9)); // another transaction: stays
                    throw failure;
                }))
                .isSameAs(failure);
        assertThatThrownBy(() -> store.update("initech", stored -> {
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(store.load("acme")).contains(Tokens.number(1));
        assertThat(sql.rows("SELECT connection, version FROM corekit_tokens ORDER BY connection"))
                .containsExactly(
                        java.util.Map.of("connection", "acme", "version", 1L),
                        java.util.Map.of("connection", "globex", "version", 1L));
        // The lock was released: another update proceeds at once.
        assertThat(store.update("acme", stored -> Optional.of(Tokens.number(2))))
                .contains(Tokens.number(2));
    }

    @Test
    void updatesFromManyThreadsAndTwoDataSourcesNeverOverlapAndLoseNothing() throws Exception {
        // Two stores over two data sources, as two instances of an application would have.
        JdbcTokenStore other = JdbcStores.builder(Postgres.dataSource(schemaOf(dataSource)))
                .build()
                .tokenStore();
        store.save("acme", Tokens.number(0));
        int threads = 16;
        int updatesPerThread = 25;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JdbcTokenStore mine = t % 2 == 0 ? store : other;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < updatesPerThread; i++) {
                        mine.update("acme", stored -> {
                            if (inside.incrementAndGet() > 1) {
                                overlaps.incrementAndGet();
                            }
                            int n = Tokens.numberOf(stored.orElseThrow());
                            seen.add(n);
                            inside.decrementAndGet();
                            return Optional.of(Tokens.number(n + 1));
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        int total = threads * updatesPerThread;
        assertThat(overlaps).hasValue(0);
        // Each update saw the previous one's result: 0, 1, 2, ... with no number twice.
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        assertThat(seen)
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.IntStream.range(0, total).boxed().toList());
        assertThat(store.load("acme")).contains(Tokens.number(total));
        assertThat(sql.value("SELECT version FROM corekit_tokens WHERE connection = 'acme'"))
                .isEqualTo((long) total + 1);
    }

    @Test
    void aWaiterGivesUpAfterTheLockTimeoutWithATypedErrorNamingTheConnection() throws Exception {
        store.save("acme", Tokens.number(1));
        JdbcTokenStore impatient = JdbcStores.builder(dataSource)
                .lockTimeout(Duration.ofMillis(200))
                .build()
                .tokenStore();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<TokenSet>> held = holder.submit(() -> store.update("acme", stored -> {
                holding.countDown();
                await(release);
                return Optional.of(Tokens.number(2));
            }));
            assertThat(holding.await(1, TimeUnit.MINUTES)).isTrue();

            assertThatThrownBy(() -> impatient.update("acme", stored -> Optional.of(Tokens.number(99))))
                    .isInstanceOfSatisfying(RefreshLockTimeoutException.class, e -> {
                        assertThat(e.connection()).isEqualTo("acme");
                        assertThat(e.timeout()).isEqualTo(Duration.ofMillis(200));
                    })
                    .hasMessage("the refresh lock of connection acme was not obtained within PT0.2S (another"
                            + " instance holds it)");

            release.countDown();
            assertThat(held.get(1, TimeUnit.MINUTES)).contains(Tokens.number(2));
        } finally {
            release.countDown();
            holder.shutdownNow();
        }
        assertThat(store.load("acme")).contains(Tokens.number(2));
    }

    @Test
    void aWaiterWhoseHolderDeletedTheRowLocksANewOneAndSeesNoTokens() throws Exception {
        store.save("acme", Tokens.number(1));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<TokenSet>> deleting = threads.submit(() -> store.update("acme", stored -> {
                holding.countDown();
                await(release);
                return Optional.empty();
            }));
            assertThat(holding.await(1, TimeUnit.MINUTES)).isTrue();
            List<Optional<TokenSet>> seen = new ArrayList<>();
            Future<Optional<TokenSet>> waiting = threads.submit(() -> store.update("acme", stored -> {
                seen.add(stored);
                return Optional.of(Tokens.number(5));
            }));
            awaitLockWaiters(1);

            release.countDown();

            assertThat(deleting.get(1, TimeUnit.MINUTES)).isEmpty();
            assertThat(waiting.get(1, TimeUnit.MINUTES)).contains(Tokens.number(5));
            assertThat(seen).containsExactly(Optional.empty());
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertThat(sql.value("SELECT version FROM corekit_tokens WHERE connection = 'acme'"))
                .isEqualTo(1L);
    }

    /** Returns once {@code count} sessions wait for a lock of this database (checked, not slept on). */
    private void awaitLockWaiters(int count) {
        for (long attempt = 0; ; attempt++) {
            Object waiting = sql.value("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'");
            if (((Long) waiting) >= count) {
                return;
            }
            if (attempt > 1_000_000) {
                throw new AssertionError("no session waits for the lock");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void aSaveInsideAnUpdateOfTheSameConnectionFailsAfterTheLockTimeoutInsteadOfHanging() {
        JdbcTokenStore impatient = JdbcStores.builder(dataSource)
                .lockTimeout(Duration.ofMillis(200))
                .build()
                .tokenStore();
        impatient.save("acme", Tokens.number(1));

        assertThatThrownBy(() -> impatient.update("acme", stored -> {
                    impatient.save("acme", Tokens.number(2));
                    return stored;
                }))
                .isExactlyInstanceOf(JdbcStoreException.class)
                .hasMessage("save of the tokens of connection acme failed in table corekit_tokens")
                .satisfies(e -> assertThat(((java.sql.SQLException) e.getCause()).getSQLState())
                        .isEqualTo("55P03"));
        assertThatThrownBy(() -> impatient.update("acme", stored -> {
                    impatient.delete("acme");
                    return stored;
                }))
                .isExactlyInstanceOf(JdbcStoreException.class)
                .hasMessage("delete of the tokens of connection acme failed in table corekit_tokens");
        assertThat(impatient.load("acme")).contains(Tokens.number(1));
    }

    @Test
    void toStringAndErrorsShowNoToken() {
        store.save("acme", Tokens.number(1));
        sql.update(
                "UPDATE corekit_tokens SET tokens = '{\"access_token\": \"access-1-secret\"' WHERE connection = ?",
                "acme");

        assertThatThrownBy(() -> store.load("acme"))
                .hasMessage("the stored tokens of connection acme are not JSON")
                .hasNoCause();
        assertThat(store).hasToString("JdbcTokenStore{table=corekit_tokens}");
    }

    @Test
    void aColumnWithTextAfterTheTokensOrWithoutTheirFieldsIsRefusedNamingTheConnection() {
        store.save("acme", Tokens.number(1));
        String stored = Tokens.number(1).toJson().toString();
        sql.update("UPDATE corekit_tokens SET tokens = ? WHERE connection = ?", stored + "{\"x\":1}", "acme");

        assertThatThrownBy(() -> store.load("acme"))
                .hasMessage("the stored tokens of connection acme are not JSON")
                .hasNoCause();

        sql.update("UPDATE corekit_tokens SET tokens = ? WHERE connection = ?", "{\"token\":\"t-secret\"}", "acme");
        assertThatThrownBy(() -> store.load("acme"))
                .hasMessageStartingWith("the stored tokens of connection acme are unusable: ")
                .hasMessageNotContaining("t-secret");
    }

    @Test
    void aDatabaseFailureIsATypedErrorNamingTheOperationAndConnection() {
        JdbcTokenStore missing =
                JdbcStores.builder(dataSource).tablePrefix("absent_").build().tokenStore();

        assertThatThrownBy(() -> missing.save("acme", Tokens.number(1)))
                .isInstanceOf(JdbcStoreException.class)
                .hasMessage("save of the tokens of connection acme failed in table absent_tokens")
                .hasCauseInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void aFailingRowThatTheDatabaseQuotesIsNotKeptInTheError() {
        JdbcTokenStore encrypted = JdbcStores.builder(dataSource)
                .encryption(EncryptionKeys.current("k1", Keys.aes(1)))
                .build()
                .tokenStore();
        // PostgreSQL reports a check violation with "Detail: Failing row contains (...)", every column included.
        sql.update("ALTER TABLE corekit_tokens ADD CONSTRAINT tiny CHECK (length(tokens) < 10)");

        for (JdbcTokenStore failing : List.of(store, encrypted)) {
            assertThatThrownBy(() -> failing.save("acme", Tokens.number(1)))
                    .isInstanceOfSatisfying(JdbcStoreException.class, e -> {
                        assertThat(e.getCause()).isInstanceOf(java.sql.SQLException.class);
                        assertThat(((java.sql.SQLException) e.getCause()).getSQLState())
                                .isEqualTo("23514");
                        assertThat(e.getCause().getMessage())
                                .contains("violates check constraint \"tiny\"")
                                .doesNotContain("Failing row");
                        java.io.StringWriter trace = new java.io.StringWriter();
                        e.printStackTrace(new java.io.PrintWriter(trace));
                        assertThat(trace.toString()).doesNotContain("secret").doesNotContain("access_token");
                    });
        }
    }

    static String schemaOf(DataSource dataSource) {
        return ((org.postgresql.ds.PGSimpleDataSource) dataSource).getCurrentSchema();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
