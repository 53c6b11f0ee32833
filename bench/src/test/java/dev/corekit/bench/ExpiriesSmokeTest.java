package dev.corekit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.SandboxClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Runs the expiry harness on a clock that stands still until the test moves it past each token's lifetime every few
 * calls: nothing sleeps, and the counts are exact.
 */
class ExpiriesSmokeTest {
    private static final int THREADS = 4;
    private static final int CALLS_PER_EXPIRY = 25;
    private static final int CALLS = 210;

    @Test
    void eachExpiryIsRefreshedOnceOverAPoolThatFitsTheThreads() {
        SandboxClock clock = new SandboxClock(Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC));

        Expiries.Run run = Expiries.run(THREADS, Expiries.LIFETIME, Expiries.SKEW, clock, call -> {
            if (call % CALLS_PER_EXPIRY == 0) {
                clock.advance(Expiries.LIFETIME);
            }
            return call < CALLS;
        });

        // 8 moves (at calls 25, 50, ..., 200), each followed by calls.
        assertThat(run.expiries()).isEqualTo(8);
        assertThat(run.refreshes()).isEqualTo(8);
        assertThat(run.refused()).isZero();
        assertThat(run.failures()).isZero();
        assertThat(run.calls()).isBetween((long) CALLS, (long) CALLS + THREADS - 1);
        assertThat(run.apiConnections()).isBetween(1L, (long) THREADS);
        assertThat(run.identityConnections()).isEqualTo(1);
        assertThat(run.correct(THREADS)).isTrue();
    }

    @Test
    void tokensThatNeverExpireAreNeverRefreshed() {
        SandboxClock clock = new SandboxClock(Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC));

        Expiries.Run run = Expiries.run(THREADS, Expiries.NEVER, Expiries.SKEW, clock, call -> {
            clock.advance(Expiries.LIFETIME);
            return call < 50;
        });

        assertThat(run.refreshes()).isZero();
        assertThat(run.expiries()).isZero();
        assertThat(run.identityConnections()).isZero();
        assertThat(run.correct(THREADS)).isTrue();
    }

    @Test
    void moreRefreshesThanExpiriesOrAChurningPoolIsNotCorrect() {
        assertThat(new Expiries.Run(100, 0, 1, 3, 0, 2, 4, 1).correct(THREADS)).isFalse();
        assertThat(new Expiries.Run(100, 0, 1, 2, 0, 2, 5, 1).correct(THREADS)).isFalse();
        assertThat(new Expiries.Run(100, 0, 1, 2, 1, 2, 4, 1).correct(THREADS)).isFalse();
        assertThat(new Expiries.Run(100, 0, 1, 2, 0, 2, 4, 1).correct(THREADS)).isTrue();
    }
}
