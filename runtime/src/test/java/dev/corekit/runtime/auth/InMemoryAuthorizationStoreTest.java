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
    private final InMemoryAuthorizationStore store = new InMemoryAuthorizationStore(clock, LIFETIME);

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

        assertThat(store.size()).isEqualTo(1);
        // An abandoned state that comes back late is still reported as expired, for one more lifetime.
        assertThat(refusal(() -> store.take(AppAuthorization.stateHash("abandoned-0"), clock.instant())))
                .isEqualTo(Reason.EXPIRED);
        clock.advance(LIFETIME.plus(LIFETIME));
        assertThat(refusal(() -> store.take(AppAuthorization.stateHash("abandoned-1"), clock.instant())))
                .isEqualTo(Reason.UNKNOWN);
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
