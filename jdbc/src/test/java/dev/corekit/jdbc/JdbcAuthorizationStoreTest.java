package dev.corekit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.auth.AuthorizationStateException;
import dev.corekit.runtime.auth.AuthorizationStateException.Reason;
import dev.corekit.runtime.auth.PendingAuthorization;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbcAuthorizationStoreTest {
    private static final Instant NOW = Tokens.T0;
    private static final String VERIFIER = "verifier-0123456789-abcdefghijklmnopqrstuvwxyz-SECRET";

    private final DataSource dataSource = Postgres.newDatabase();
    private final Sql sql = new Sql(dataSource);
    private final MutableClock clock = new MutableClock(NOW);
    private final JdbcAuthorizationStore store =
            JdbcStores.builder(dataSource).clock(clock).build().authorizationStore();

    private static PendingAuthorization pending(String stateHash, Instant expiresAt) {
        return new PendingAuthorization(
                stateHash,
                "acme",
                "https://app.example.com/callback",
                VERIFIER,
                Map.of("returnTo", "/reports", "user", "u-42"),
                expiresAt);
    }

    private static Reason reasonOf(Runnable take) {
        try {
            take.run();
            throw new AssertionError("the take succeeded");
        } catch (AuthorizationStateException e) {
            return e.reason();
        }
    }

    @Test
    void aSavedAuthorizationIsTakenOnceWithEverythingItHeld() {
        PendingAuthorization saved = pending("hash-a", NOW.plusSeconds(600));
        store.save(saved);

        PendingAuthorization taken = store.take("hash-a", NOW.plusSeconds(5));

        assertThat(taken).isEqualTo(saved);
        assertThat(taken.codeVerifier()).isEqualTo(VERIFIER);
        assertThat(taken.applicationValues()).containsExactlyInAnyOrderEntriesOf(saved.applicationValues());
        assertThatThrownBy(() -> store.take("hash-a", NOW.plusSeconds(6)))
                .isInstanceOfSatisfying(
                        AuthorizationStateException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REPLAYED))
                .hasMessage("authorization state refused (REPLAYED): the state was already used");
    }

    @Test
    void unknownExpiredAndDiscardedStatesAreToldApart() {
        store.save(pending("hash-expired", NOW.plusSeconds(600)));
        store.save(pending("hash-discarded", NOW.plusSeconds(600)));
        PendingAuthorization withoutPkce = new PendingAuthorization(
                "hash-plain", "acme", "https://app.example.com/callback", null, Map.of(), NOW.plusSeconds(600));
        store.save(withoutPkce);

        assertThat(reasonOf(() -> store.take("hash-never", NOW))).isEqualTo(Reason.UNKNOWN);
        assertThat(reasonOf(() -> store.take("hash-expired", NOW.plusSeconds(600))))
                .isEqualTo(Reason.EXPIRED);
        assertThat(reasonOf(() -> store.take("hash-expired", NOW.plusSeconds(601))))
                .isEqualTo(Reason.EXPIRED);
        assertThat(store.discard("hash-discarded")).isTrue();
        assertThat(store.discard("hash-discarded")).isFalse();
        assertThat(reasonOf(() -> store.take("hash-discarded", NOW))).isEqualTo(Reason.UNKNOWN);
        assertThat(store.take("hash-plain", NOW)).isEqualTo(withoutPkce);
        assertThat(store.discard("hash-plain"))
                .as("a taken state is not discarded")
                .isFalse();
    }

    @Test
    void ofManyCallbacksOnTwoInstancesExactlyOneTakesTheState() throws Exception {
        JdbcAuthorizationStore other = JdbcStores.builder(Postgres.dataSource(JdbcTokenStoreTest.schemaOf(dataSource)))
                .build()
                .authorizationStore();
        int rounds = 5;
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < rounds; round++) {
                String hash = "hash-race-" + round;
                store.save(pending(hash, NOW.plusSeconds(600)));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Object>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    JdbcAuthorizationStore mine = t % 2 == 0 ? store : other;
                    results.add(pool.submit(() -> {
                        start.await();
                        try {
                            return mine.take(hash, NOW.plusSeconds(1));
                        } catch (AuthorizationStateException e) {
                            return e.reason();
                        }
                    }));
                }
                start.countDown();
                List<Object> outcomes = new ArrayList<>();
                for (Future<Object> result : results) {
                    outcomes.add(result.get(1, TimeUnit.MINUTES));
                }
                assertThat(outcomes.stream().filter(PendingAuthorization.class::isInstance))
                        .hasSize(1);
                assertThat(outcomes.stream().filter(o -> o == Reason.REPLAYED)).hasSize(threads - 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withAKeyTheVerifierIsNeverInClearAndTheStateOnlyAsItsHash() {
        JdbcAuthorizationStore encrypted = JdbcStores.builder(dataSource)
                .encryption(EncryptionKeys.current("k1", Keys.aes(1)))
                .build()
                .authorizationStore();
        encrypted.save(pending("hash-e", NOW.plusSeconds(600)));

        Map<String, Object> row =
                sql.rows("SELECT * FROM corekit_pending_authorizations").get(0);
        assertThat(row.toString()).doesNotContain(VERIFIER).doesNotContain("SECRET");
        assertThat(row).containsEntry("key_id", "k1").containsEntry("state_hash", "hash-e");
        assertThat(encrypted.take("hash-e", NOW).codeVerifier()).isEqualTo(VERIFIER);

        // Without a key it is stored in clear, as documented.
        store.save(pending("hash-clear", NOW.plusSeconds(600)));
        assertThat(sql.value(
                        "SELECT code_verifier FROM corekit_pending_authorizations WHERE state_hash = 'hash-clear'"))
                .isEqualTo(VERIFIER);
    }

    @Test
    void aVerifierCopiedOntoAnotherStateDoesNotDecrypt() {
        JdbcAuthorizationStore encrypted = JdbcStores.builder(dataSource)
                .encryption(EncryptionKeys.current("k1", Keys.aes(1)))
                .build()
                .authorizationStore();
        encrypted.save(pending("hash-one", NOW.plusSeconds(600)));
        encrypted.save(pending("hash-two", NOW.plusSeconds(600)));
        sql.update("UPDATE corekit_pending_authorizations SET code_verifier = (SELECT code_verifier FROM"
                + " corekit_pending_authorizations WHERE state_hash = 'hash-one') WHERE state_hash = 'hash-two'");

        assertThatThrownBy(() -> encrypted.take("hash-two", NOW))
                .isInstanceOf(DecryptionException.class)
                .hasMessage("the PKCE verifier of the authorization hash-two... do not decrypt with key id k1:"
                        + " written for another row, altered, or encrypted with another key under this id");
        assertThat(encrypted.take("hash-one", NOW).codeVerifier()).isEqualTo(VERIFIER);
    }

    @Test
    void reencryptWaitsForALockedAuthorizationAtMostTheLockTimeout() throws Exception {
        store.save(pending("hash-locked", NOW.plusSeconds(600)));
        JdbcStores impatient = JdbcStores.builder(dataSource)
                .encryption(EncryptionKeys.current("k1", Keys.aes(1)))
                .lockTimeout(Duration.ofMillis(200))
                .build();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (java.sql.Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement(
                    "SELECT 1 FROM corekit_pending_authorizations WHERE state_hash = 'hash-locked' FOR UPDATE")) {
                lock.executeQuery().close();
            }
            Future<Integer> reencrypt =
                    thread.submit(() -> impatient.authorizationStore().reencrypt());

            // A bound that turns a wait without end into a failure; the lock timeout ends it long before.
            assertThatThrownBy(() -> reencrypt.get(1, TimeUnit.MINUTES))
                    .cause()
                    .isExactlyInstanceOf(JdbcStoreException.class)
                    .hasMessage("reencrypt of a pending authorization failed in table corekit_pending_authorizations")
                    .satisfies(e -> assertThat(((java.sql.SQLException) e.getCause()).getSQLState())
                            .isEqualTo("55P03"));
            holder.rollback();
        } finally {
            thread.shutdownNow();
        }
        assertThat(sql.value("SELECT key_id FROM corekit_pending_authorizations"))
                .isNull();
        assertThat(impatient.authorizationStore().reencrypt()).isEqualTo(1);
    }

    @Test
    void reencryptRewritesTheVerifiersOfAuthorizationsNotYetTaken() {
        store.save(pending("hash-clear", NOW.plusSeconds(600)));
        JdbcStores.builder(dataSource)
                .encryption(EncryptionKeys.current("k1", Keys.aes(1)))
                .build()
                .authorizationStore()
                .save(pending("hash-k1", NOW.plusSeconds(600)));
        JdbcAuthorizationStore rotated = JdbcStores.builder(dataSource)
                .encryption(EncryptionKeys.current("k2", Keys.aes(2)).withRetired("k1", Keys.aes(1)))
                .build()
                .authorizationStore();

        assertThat(rotated.reencrypt()).isEqualTo(2);

        assertThat(sql.rows("SELECT key_id FROM corekit_pending_authorizations"))
                .containsOnly(Map.of("key_id", "k2"));
        JdbcAuthorizationStore newOnly = JdbcStores.builder(dataSource)
                .encryption(EncryptionKeys.current("k2", Keys.aes(2)))
                .build()
                .authorizationStore();
        assertThat(newOnly.take("hash-clear", NOW).codeVerifier()).isEqualTo(VERIFIER);
        assertThat(newOnly.take("hash-k1", NOW).codeVerifier()).isEqualTo(VERIFIER);
    }

    @Test
    void cleanupDeletesAuthorizationsExpiredLongerThanTheRetentionTakenOrNot() {
        store.save(pending("hash-old-taken", NOW.plusSeconds(60)));
        store.take("hash-old-taken", NOW);
        store.save(pending("hash-old", NOW.plusSeconds(60)));
        store.save(pending("hash-recent", NOW.plusSeconds(3000)));
        store.save(pending("hash-live", NOW.plus(Duration.ofHours(5))));
        clock.advance(Duration.ofSeconds(60).plus(Duration.ofHours(1)));

        assertThat(store.deleteExpired()).isEqualTo(2);

        assertThat(reasonOf(() -> store.take("hash-old-taken", clock.instant())))
                .isEqualTo(Reason.UNKNOWN);
        assertThat(reasonOf(() -> store.take("hash-recent", clock.instant()))).isEqualTo(Reason.EXPIRED);
        assertThat(store.take("hash-live", clock.instant()).connection()).isEqualTo("acme");
        assertThat(store.deleteExpired()).isZero();
    }
}
