package dev.corekit.runtime;

import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.internal.http.RetryEngine;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How calls are retried, by the {@link RetryEngine}. Idempotent calls (GET, PUT, DELETE) are retried on connection
 * failures, {@code 429} and {@code 503}; a POST or PATCH only when {@link Builder#retryPosts(boolean)} allows it.
 * {@code Retry-After} (seconds or an HTTP date) is honoured up to {@link #maxRetryAfter()}; a longer wait fails at
 * once with a rate-limit error. Without it, waits grow exponentially with full jitter. No call retries past
 * {@link #deadline()}, measured on the client's clock.
 */
public final class RetryPolicy {
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;
    private final Duration deadline;
    private final boolean retryPosts;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.baseDelay = builder.baseDelay;
        this.maxDelay = builder.maxDelay;
        this.maxRetryAfter = builder.maxRetryAfter;
        this.deadline = builder.deadline;
        this.retryPosts = builder.retryPosts;
    }

    /**
     * 4 attempts, 200 ms doubling up to 5 s with full jitter, {@code Retry-After} up to 30 s, 60 s in all, POST and
     * PATCH not retried.
     *
     * @return the retry policy
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** {@return one attempt only} */
    public static RetryPolicy none() {
        return NONE;
    }

    /** {@return a builder with the default settings} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return how many attempts a call gets in all, the first one included}
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** {@return the cap of the first retry's wait, doubled for each further retry} */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** {@return the largest cap of a retry's wait} */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** {@return the longest {@code Retry-After} corekit waits for; longer ones fail at once} */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** {@return how long one call may take, retries and waits included} */
    public Duration deadline() {
        return deadline;
    }

    /**
     * {@return whether a POST or PATCH may be sent again (only safe where CORE deduplicates, which it does not
     * document)}
     */
    public boolean retryPosts() {
        return retryPosts;
    }

    /**
     * {@return the wait before retry number {@code retry} (1 for the first retry): full jitter over an exponential
     * cap}
     *
     * @param retry the number of the retry, from 1
     */
    public Duration backoff(int retry) {
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() * (1L << Math.min(20, retry - 1)));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap + 1));
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", maxRetryAfter=" + maxRetryAfter + ", deadline=" + deadline + ", retryPosts=" + retryPosts + "}";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration baseDelay = Duration.ofMillis(200);
        private Duration maxDelay = Duration.ofSeconds(5);
        private Duration maxRetryAfter = Duration.ofSeconds(30);
        private Duration deadline = Duration.ofSeconds(60);
        private boolean retryPosts;

        private Builder() {}

        /**
         * Sets how many attempts a call gets in all, the first one included; 4 by default.
         *
         * @param attempts 1 to 20
         * @return this builder
         */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1 || attempts > 20) {
                throw new CoreConfigurationException("retryPolicy.maxAttempts", "must be 1..20, was " + attempts);
            }
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * Sets the cap of the first retry's wait, doubled for each further retry; 200 ms by default.
         *
         * @param delay the cap, not negative
         * @return this builder
         */
        public Builder baseDelay(Duration delay) {
            this.baseDelay = nonNegative(delay, "retryPolicy.baseDelay");
            return this;
        }

        /**
         * Sets the largest cap of a retry's wait; 5 s by default.
         *
         * @param delay the cap, not negative
         * @return this builder
         */
        public Builder maxDelay(Duration delay) {
            this.maxDelay = nonNegative(delay, "retryPolicy.maxDelay");
            return this;
        }

        /**
         * Sets the longest {@code Retry-After} corekit waits for (longer ones fail at once); 30 s by default.
         *
         * @param wait the longest wait, not negative
         * @return this builder
         */
        public Builder maxRetryAfter(Duration wait) {
            this.maxRetryAfter = nonNegative(wait, "retryPolicy.maxRetryAfter");
            return this;
        }

        /**
         * Sets how long one call may take, retries and waits included; 60 s by default.
         *
         * @param deadline the deadline, not negative
         * @return this builder
         */
        public Builder deadline(Duration deadline) {
            this.deadline = nonNegative(deadline, "retryPolicy.deadline");
            return this;
        }

        /**
         * Lets a POST or PATCH be sent again after a failure; off by default, since CORE may have created or changed
         * the object.
         *
         * @param retry {@code true} to send a POST or PATCH again
         * @return this builder
         */
        public Builder retryPosts(boolean retry) {
            this.retryPosts = retry;
            return this;
        }

        /** {@return the policy these settings describe} */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration value, String setting) {
            Objects.requireNonNull(value, setting);
            if (value.isNegative()) {
                throw new CoreConfigurationException(setting, "must not be negative, was " + value);
            }
            return value;
        }
    }
}
