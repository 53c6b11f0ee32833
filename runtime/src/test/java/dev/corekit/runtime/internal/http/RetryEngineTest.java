package dev.corekit.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.token.MutableClock;
import dev.corekit.runtime.token.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one retry loop: attempts, waits and deadline on the injected clock and sleeper. */
class RetryEngineTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-07-01T09:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final AtomicInteger attempts = new AtomicInteger();

    private RetryEngine engine(RetryPolicy.Builder policy) {
        return new RetryEngine(policy.build(), clock, sleeper);
    }

    private <T> RetryEngine.Outcome<T> failing(Duration retryAfter) {
        attempts.incrementAndGet();
        return RetryEngine.Outcome.retry(retryAfter, new IllegalStateException("attempt " + attempts.get()));
    }

    @Test
    void theLastFailureIsThrownWhenTheAttemptsAreUsedUp() {
        RetryEngine engine = engine(RetryPolicy.builder().maxAttempts(3));

        assertThatThrownBy(() -> engine.run(() -> failing(Duration.ofSeconds(2)), IllegalStateException::new))
                .hasMessage("attempt 3");

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void theLastAnswerIsReturnedWhenGivingUpOnAnAnswer() {
        RetryEngine engine = engine(RetryPolicy.builder().maxAttempts(2));

        String answer = engine.run(
                () -> RetryEngine.Outcome.retryAnswer(null, "busy " + attempts.incrementAndGet()),
                IllegalStateException::new);

        assertThat(answer).isEqualTo("busy 2");
        assertThat(sleeper.waits()).hasSize(1);
    }

    @Test
    void aRetryAfterAboveTheCapGivesUpAtOnce() {
        RetryEngine engine = engine(RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(30)));

        assertThatThrownBy(() -> engine.run(() -> failing(Duration.ofSeconds(31)), IllegalStateException::new))
                .hasMessage("attempt 1");

        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void theTimeAttemptsTakeOnTheClockCountsTowardsTheDeadline() {
        RetryEngine engine = engine(RetryPolicy.builder().maxAttempts(10).deadline(Duration.ofSeconds(25)));

        assertThatThrownBy(() -> engine.run(
                        () -> {
                            clock.advance(Duration.ofSeconds(10));
                            return failing(Duration.ofSeconds(1));
                        },
                        IllegalStateException::new))
                .hasMessage("attempt 3");

        // 10 s + 1 s + 10 s + 1 s + 10 s: after the third attempt a further wait would end past 25 s.
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void anInterruptedWaitEndsTheRunWithTheCallersExceptionAndKeepsTheFlag() {
        RetryEngine engine = new RetryEngine(RetryPolicy.defaults(), clock, wait -> {
            throw new InterruptedException();
        });

        assertThatThrownBy(() -> engine.run(() -> failing(null), e -> new IllegalStateException("interrupted", e)))
                .hasMessage("interrupted");

        assertThat(Thread.interrupted()).isTrue();
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aDoneAttemptEndsTheRunWithoutWaiting() {
        assertThat(engine(RetryPolicy.builder()).run(() -> RetryEngine.Outcome.done("ok"), IllegalStateException::new))
                .isEqualTo("ok");
        assertThat(sleeper.waits()).isEmpty();
    }
}
