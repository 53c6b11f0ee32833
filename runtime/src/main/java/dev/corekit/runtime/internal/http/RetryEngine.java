package dev.corekit.runtime.internal.http;

import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one retry loop of corekit, for API calls and for the identity server alike: it runs attempts until one is
 * done, or gives up when the {@link RetryPolicy} says so (attempts used up, a {@code Retry-After} longer than the
 * policy's cap, or the wait would pass the deadline). Time is read from the injected {@link Clock} only, and waits go
 * through the injected {@link Sleeper}, so a test moves both by hand.
 *
 * <p>Whether a failure may be retried at all (a POST, a connection broken after sending) is the attempt's decision: it
 * throws what must not be retried and answers {@link Outcome#retry} for the rest.
 */
public final class RetryEngine {

    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;

    public RetryEngine(RetryPolicy policy, Clock clock, Sleeper sleeper) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** The policy this engine follows. */
    public RetryPolicy policy() {
        return policy;
    }

    /** The clock deadlines and {@code Retry-After} dates are measured on. */
    public Clock clock() {
        return clock;
    }

    /**
     * Runs {@code attempt} until it is done, waiting between attempts as the policy says.
     *
     * @param attempt makes one attempt
     * @param interrupted the exception that ends the call when the thread is interrupted while waiting (its interrupt
     *     flag is set again first)
     * @return the value of the attempt that was done, or of the last one when the engine gives up on an answer
     * @throws RuntimeException the last attempt's failure when the engine gives up on it, or what an attempt threw
     */
    public <T> T run(Attempt<T> attempt, Function<InterruptedException, RuntimeException> interrupted) {
        Instant start = clock.instant();
        for (int number = 1; ; number++) {
            Outcome<T> outcome = attempt.run();
            if (!outcome.retry) {
                return outcome.value;
            }
            Duration asked = outcome.retryAfter;
            Duration wait = asked != null ? asked : policy.backoff(number);
            boolean tooLong = asked != null && asked.compareTo(policy.maxRetryAfter()) > 0;
            Duration elapsed = Duration.between(start, clock.instant());
            if (number >= policy.maxAttempts() || tooLong || elapsed.plus(wait).compareTo(policy.deadline()) > 0) {
                return outcome.giveUp();
            }
            Log.LOG.debug("attempt {} failed; retrying in {} ms", number, wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted.apply(e);
            }
            attempt.retrying();
        }
    }

    @Override
    public String toString() {
        return "RetryEngine{" + policy + "}";
    }

    /** One attempt of a call. */
    @FunctionalInterface
    public interface Attempt<T> {
        /** Makes the attempt; throws what must not be retried. */
        Outcome<T> run();

        /** Called when the wait after a failed attempt is over, before the next attempt runs. */
        default void retrying() {}
    }

    /** What one attempt came to: done, or worth another attempt. */
    public static final class Outcome<T> {
        private final boolean retry;
        private final @Nullable T value;
        private final @Nullable RuntimeException failure;
        private final @Nullable Duration retryAfter;

        private Outcome(
                boolean retry, @Nullable T value, @Nullable RuntimeException failure, @Nullable Duration retryAfter) {
            this.retry = retry;
            this.value = value;
            this.failure = failure;
            this.retryAfter = retryAfter;
        }

        /** The attempt succeeded, or ended in an answer that is not retried. */
        public static <T> Outcome<T> done(T value) {
            return new Outcome<>(false, value, null, null);
        }

        /**
         * The attempt failed and may be made again.
         *
         * @param retryAfter the wait the server asked for, or {@code null} for the policy's backoff
         * @param failure what the caller gets when no further attempt is made
         */
        public static <T> Outcome<T> retry(@Nullable Duration retryAfter, RuntimeException failure) {
            return new Outcome<>(true, null, Objects.requireNonNull(failure, "failure"), retryAfter);
        }

        /**
         * The attempt got an answer worth asking again for ({@code 429}, {@code 503}).
         *
         * @param retryAfter the wait the server asked for, or {@code null} for the policy's backoff
         * @param answer what the caller gets when no further attempt is made
         */
        public static <T> Outcome<T> retryAnswer(@Nullable Duration retryAfter, T answer) {
            return new Outcome<>(true, answer, null, retryAfter);
        }

        private T giveUp() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    /** SLF4J starts (and scans the class path for a provider) only when corekit first logs. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(RetryEngine.class);
    }
}
