package dev.corekit.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.auth.AuthorizationStateException.Reason;
import dev.corekit.runtime.token.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default store: single-use states, tombstones for replays and late callbacks, and memory bounded by expiry. */
class InMemoryAuthorizationStoreTest {
    private static final Instant NOON = Instant.parse("2026-01-15T12:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private final MutableClock clock = new MutableClock(NOON);
    private final InMemoryAuthorizationStore store = new InMemoryAuthorizationStore(LIFETIME);

    private static PendingAuthorization pending(String state, Instant expiresAt) {
        return new PendingAuthorization(
                AppAuthorization.stateHash(state),
                "acme",
                "https://app.example.com/callback",
                "verifier-" + state,
                Map.of("returnTo", "/invoices"),
                expiresAt);
    }

    private static Reason refusal(Runnable take) {
        try {
            take.run();
        } catch (AuthorizationStateException e) {
            assertThat(e.getMessage()).doesNotContain("verifier");
            return e.reason();
        }
        throw new AssertionError("the state was accepted");
    }

    @Test
    void aStateIsTakenOnceThenReportedAsReplayed() {
        store.save(pending("s1", NOON.plus(LIFETIME)));
        String hash = AppAuthorization.stateHash("s1");

        PendingAuthorization taken = store.take(hash, NOON);

        assertThat(taken.connection()).isEqualTo("acme");
        assertThat(taken.codeVerifier()).isEqualTo("verifier-s1");
        assertThat(taken.applicationValues()).containsEntry("returnTo", "/invoices");
        assertThat(refusal(() -> store.take(hash, NOON))).isEqualTo(Reason.REPLAYED);
    }

    @Test
    void aLateCallbackIsExpiredAndStaysSo() {
        store.save(pending("s1", NOON.plus(LIFETIME)));
        String hash = AppAuthorization.stateHash("s1");
        Instant late = NOON.plus(LIFETIME);

        assertThat(refusal(() -> store.take(hash, late))).isEqualTo(Reason.EXPIRED);
        assertThat(refusal(() -> store.take(hash, late.plusSeconds(1)))).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void aStateNeverSavedIsUnknownAndADiscardedOneToo() {
        store.save(pending("s1", NOON.plus(LIFETIME)));

        assertThat(refusal(() -> store.take(AppAuthorization.stateHash("forged"), NOON)))
                .isEqualTo(Reason.UNKNOWN);
        assertThat(store.discard(AppAuthorization.stateHash("s1"))).isTrue();
        assertThat(refusal(() -> store.take(AppAuthorization.stateHash("s1"), NOON)))
                .isEqualTo(Reason.UNKNOWN);
    }

    @Test
    void abandonedAuthorizationsAndOldTombstonesAreDropped() {
        for (int i = 0; i < 100; i++) {
            store.save(pending("abandoned-" + i, NOON.plus(LIFETIME)));
        }
        assertThat(store.size()).isEqualTo(100);

        clock.advance(LIFETIME.plusSeconds(1));
        store.save(pending("fresh", clock.instant().plus(LIFETIME)));
        store.take(AppAuthorization.stateHash("fresh"), clock.instant());

        assertThat(store.size()).isZero();
        // An abandoned state that comes back late is still reported as expired, for one more lifetime.
        assertThat(refusal(() -> store.take(AppAuthorization.stateHash("abandoned-0"), clock.instant())))
                .isEqualTo(Reason.EXPIRED);
        clock.advance(LIFETIME.plus(LIFETIME));
        assertThat(refusal(() -> store.take(AppAuthorization.stateHash("abandoned-1"), clock.instant())))
                .isEqualTo(Reason.UNKNOWN);
    }

    @Test
    void entriesExpireByTheCallersInstantNotThisProcesssClock() {
        // An app whose clock is years behind this process's: its logins expire by its own clock only.
        Instant appNow = Instant.parse("2020-01-15T12:00:00Z");
        InMemoryAuthorizationStore shared = new InMemoryAuthorizationStore();
        for (int i = 0; i < 3; i++) {
            shared.save(pending("s" + i, appNow.plus(LIFETIME)));
        }
        for (int i = 0; i < 3; i++) {
            assertThat(shared.take(AppAuthorization.stateHash("s" + i), appNow).connection())
                    .isEqualTo("acme");
        }
        shared.save(pending("late", appNow.plus(LIFETIME)));

        assertThat(shared.take(AppAuthorization.stateHash("late"), appNow.plus(LIFETIME.minusSeconds(1))))
                .isNotNull();
    }

    @Test
    void aBurstOfTakesAtOneInstantScansOnceAndAScanDueLaterDropsWhatExpired() {
        for (int i = 0; i < 100; i++) {
            store.save(pending("abandoned-" + i, NOON.plusSeconds(1)));
        }
        Instant later = NOON.plus(LIFETIME);
        store.save(pending("kept", later.plus(LIFETIME)));
        // The first take, at NOON, scans (nothing expired yet); the next ones within a quarter lifetime do not.
        for (int i = 0; i < 50; i++) {
            String forged = AppAuthorization.stateHash("forged-" + i);
            Instant now = i == 0 ? NOON : NOON.plusSeconds(2);
            assertThat(refusal(() -> store.take(forged, now))).isEqualTo(Reason.UNKNOWN);
        }
        assertThat(store.size()).isEqualTo(101);

        assertThat(refusal(() -> store.take(AppAuthorization.stateHash("forged"), later)))
                .isEqualTo(Reason.UNKNOWN);

        assertThat(store.size()).isEqualTo(1);
        assertThat(refusal(() -> store.take(AppAuthorization.stateHash("abandoned-7"), later)))
                .isEqualTo(Reason.EXPIRED);
        assertThat(store.take(AppAuthorization.stateHash("kept"), later).connection())
                .isEqualTo("acme");
    }

    @Test
    void theStateHashIsSha256InBase64urlWithoutPadding() {
        // SHA-256("abc"), RFC 6234's test vector, in base64url.
        assertThat(AppAuthorization.stateHash("abc")).isEqualTo("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
    }

    @Test
    void toStringShowsNoVerifier() {
        store.save(pending("s1", NOON.plus(LIFETIME)));

        assertThat(store.toString()).doesNotContain("verifier").contains("pending=1");
    }
}
