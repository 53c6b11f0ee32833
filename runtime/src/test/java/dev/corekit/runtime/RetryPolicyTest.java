package dev.corekit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.error.CoreConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry policy's defaults, limits and backoff. */
class RetryPolicyTest {

    @Test
    void defaults() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.maxAttempts()).isEqualTo(4);
        assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.deadline()).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.retryPosts()).isFalse();
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void backoffIsJitteredBelowAnExponentialCap() {
        RetryPolicy policy = RetryPolicy.builder()
                .baseDelay(Duration.ofMillis(100))
                .maxDelay(Duration.ofMillis(700))
                .build();

        for (int i = 0; i < 200; i++) {
            assertThat(policy.backoff(1)).isBetween(Duration.ZERO, Duration.ofMillis(100));
            assertThat(policy.backoff(2)).isBetween(Duration.ZERO, Duration.ofMillis(200));
            assertThat(policy.backoff(3)).isBetween(Duration.ZERO, Duration.ofMillis(400));
            assertThat(policy.backoff(4)).isBetween(Duration.ZERO, Duration.ofMillis(700));
            assertThat(policy.backoff(60)).isBetween(Duration.ZERO, Duration.ofMillis(700));
        }
    }

    @Test
    void badSettingsAreNamed() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
                .isInstanceOf(CoreConfigurationException.class)
                .satisfies(e ->
                        assertThat(((CoreConfigurationException) e).setting()).isEqualTo("retryPolicy.maxAttempts"));
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(21)).isInstanceOf(CoreConfigurationException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1)))
                .isInstanceOf(CoreConfigurationException.class)
                .satisfies(e ->
                        assertThat(((CoreConfigurationException) e).setting()).isEqualTo("retryPolicy.baseDelay"));
        assertThatThrownBy(() -> RetryPolicy.builder().deadline(Duration.ofSeconds(-1)))
                .isInstanceOf(CoreConfigurationException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)))
                .isInstanceOf(CoreConfigurationException.class);
    }
}
