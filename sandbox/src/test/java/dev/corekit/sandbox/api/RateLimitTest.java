package dev.corekit.sandbox.api;

import static dev.corekit.sandbox.api.ApiTestClient.A;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.api.ApiTestClient.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The optional rate limit: N API requests per window per access token, then {@code 429} with {@code Retry-After}. */
class RateLimitTest {

    @Test
    void aTokenPastTheLimitGets429UntilItsWindowEnds() {
        try (CoreSandbox sandbox = CoreSandbox.builder()
                .configure(c -> c.rateLimit(3, Duration.ofSeconds(60)))
                .start()) {
            ApiTestClient api = new ApiTestClient(sandbox);
            String token = api.token(A, "read:core");
            String other = api.token(A, "read:core");
            for (int i = 0; i < 3; i++) {
                assertThat(api.get(token, A, "activity").status()).isEqualTo(200);
            }

            Response limited = api.get(token, A, "activity");
            sandbox.clock().advance(Duration.ofSeconds(30));
            Response stillLimited = api.get(token, A, "activity");
            Response otherToken = api.get(other, A, "activity");
            sandbox.clock().advance(Duration.ofSeconds(30));
            Response nextWindow = api.get(token, A, "activity");

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(limited.message()).contains("3 requests per 60 seconds per access token");
            assertThat(stillLimited.status()).isEqualTo(429);
            assertThat(stillLimited.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(otherToken.status()).isEqualTo(200);
            assertThat(nextWindow.status()).isEqualTo(200);
        }
    }

    @Test
    void thereIsNoLimitByDefault() {
        try (CoreSandbox sandbox = CoreSandbox.start()) {
            ApiTestClient api = new ApiTestClient(sandbox);
            String token = api.token(A, "read:core");

            for (int i = 0; i < 200; i++) {
                assertThat(api.get(token, A, "activity").status()).isEqualTo(200);
            }
            assertThat(sandbox.config().rateLimitRequests()).isZero();
        }
    }

    @Test
    void callsWithoutAValidTokenAreNotCounted() {
        try (CoreSandbox sandbox = CoreSandbox.builder()
                .configure(c -> c.rateLimit(1, Duration.ofSeconds(60)))
                .start()) {
            ApiTestClient api = new ApiTestClient(sandbox);

            for (int i = 0; i < 3; i++) {
                assertThat(api.get("unknown", A, "activity").body()).isEqualTo("\"Not authenticated\"");
            }
            // The window's one allowed call is still there for a valid token, and only one.
            String token = api.token(A, "read:core");
            assertThat(api.get(token, A, "activity").status()).isEqualTo(200);
            assertThat(api.get(token, A, "activity").status()).isEqualTo(429);
        }
    }
}
