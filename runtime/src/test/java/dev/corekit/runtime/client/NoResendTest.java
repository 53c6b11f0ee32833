package dev.corekit.runtime.client;

import static dev.corekit.runtime.client.RawServer.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.error.CoreApiException;
import dev.corekit.runtime.error.CoreRateLimitException;
import dev.corekit.runtime.error.CoreServerException;
import dev.corekit.runtime.error.CoreTransportException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * corekit's retry rules alone decide what is sent again, whatever the HTTP client: the server counts the requests. A
 * POST or PATCH reaches it once unless {@code retryPosts(true)}; what the rules retry is still retried.
 */
class NoResendTest {
    private static final String ACTIVITY = "/api/one/activity";
    private static final String BUSY = "{\"Message\":\"busy\"}";

    /** The faults of the first answer, and what a call that is not retried then raises. */
    enum Fault {
        UNAVAILABLE_RETRY_NOW(answer(503, BUSY, "Retry-After: 0"), CoreServerException.class, Duration.ZERO),
        UNAVAILABLE_RETRY_IN_1S(answer(503, BUSY, "Retry-After: 1"), CoreServerException.class, Duration.ofSeconds(1)),
        REQUEST_TIMEOUT(answer(408, BUSY), CoreApiException.class, null),
        RATE_LIMITED(answer(429, BUSY, "Retry-After: 0"), CoreRateLimitException.class, Duration.ZERO),
        RESET(RawServer.reset(), CoreTransportException.class, null),
        NO_ANSWER(RawServer.silent(), CoreTransportException.class, null);

        final RawServer.Action action;
        final Class<? extends Throwable> raised;
        final Duration retryAfter;

        Fault(RawServer.Action action, Class<? extends Throwable> raised, Duration retryAfter) {
            this.action = action;
            this.raised = raised;
            this.retryAfter = retryAfter;
        }

        /** corekit retries connection failures, 429 and 503; never a 408. */
        boolean retried() {
            return this != REQUEST_TIMEOUT;
        }

        /** A client of {@code server}: a server that never answers needs a read timeout that fires soon. */
        Faulty client(RawServer server) {
            return this == NO_ANSWER ? new Faulty(server, Faulty.SHORT_READ_TIMEOUT) : new Faulty(server);
        }
    }

    /** The writes CORE may not deduplicate. */
    enum Write {
        POST("POST " + ACTIVITY, api -> api.create(Fixtures.activity("X"))),
        PATCH("PATCH " + ACTIVITY + "/42", api -> api.patch("42", Fixtures.activity("X")));

        final String request;
        final Function<ActivityApi, JsonNode> call;

        Write(String request, Function<ActivityApi, JsonNode> call) {
            this.request = request;
            this.call = call;
        }
    }

    static Stream<Arguments> writes() {
        return Stream.of(ClientKind.values())
                .flatMap(kind -> Stream.of(Write.values())
                        .flatMap(write -> Stream.of(Fault.values()).map(fault -> Arguments.of(kind, write, fault))));
    }

    static Stream<Arguments> gets() {
        return Stream.of(ClientKind.values())
                .flatMap(kind -> Stream.of(Fault.values()).map(fault -> Arguments.of(kind, fault)));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("writes")
    void aWriteReachesTheServerOnce(ClientKind kind, Write write, Fault fault) {
        try (RawServer server = RawServer.start(answer(200, "{\"code\":\"X\"}")).then(fault.action, 1)) {
            Faulty faulty = fault.client(server);
            ActivityApi api = faulty.api(kind);

            Throwable thrown = catchThrowable(() -> write.call.apply(api));

            assertThat(thrown).isExactlyInstanceOf(fault.raised);
            assertThat(server.requests()).containsExactly(write.request);
            assertThat(faulty.sleeper.waits()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("writes")
    void withRetryPostsAWriteIsSentAgainAsTheRulesSay(ClientKind kind, Write write, Fault fault) {
        try (RawServer server = RawServer.start(answer(200, "{\"code\":\"X\"}")).then(fault.action, 1)) {
            Faulty faulty = fault.client(server);
            ActivityApi api = faulty.api(faulty.builder(kind)
                    .retryPolicy(RetryPolicy.builder().retryPosts(true).build()));

            Throwable thrown = catchThrowable(() -> write.call.apply(api));

            if (fault.retried()) {
                assertThat(thrown).isNull();
                assertThat(server.requests()).containsExactly(write.request, write.request);
                assertWaitedAsAsked(faulty, fault);
            } else {
                assertThat(thrown).isExactlyInstanceOf(fault.raised);
                assertThat(server.requests()).containsExactly(write.request);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("gets")
    void aGetIsSentAgainAsTheRulesSay(ClientKind kind, Fault fault) {
        try (RawServer server = RawServer.start(answer(200, "[]")).then(fault.action, 1)) {
            Faulty faulty = fault.client(server);
            ActivityApi api = faulty.api(kind);

            Throwable thrown = catchThrowable(() -> api.list(CoreQuery.all()));

            if (kind == ClientKind.JDK && fault == Fault.RESET) {
                // JDK 17's client resends a GET once on its own when the connection closes before any byte of an
                // answer (see the README); newer JDKs do so on pooled connections only. Never other methods.
                assertThat(thrown).isNull();
                assertThat(server.requests()).containsExactly("GET " + ACTIVITY, "GET " + ACTIVITY);
                assertThat(faulty.sleeper.waits()).hasSizeLessThanOrEqualTo(1);
            } else if (fault.retried()) {
                assertThat(thrown).isNull();
                assertThat(server.requests()).containsExactly("GET " + ACTIVITY, "GET " + ACTIVITY);
                assertWaitedAsAsked(faulty, fault);
            } else {
                assertThat(thrown).isExactlyInstanceOf(fault.raised);
                assertThat(server.requests()).containsExactly("GET " + ACTIVITY);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ClientKind.class)
    void aGetAnswered503WithRetryAfterZeroIsSentMaxAttemptsTimes(ClientKind kind) {
        try (RawServer server = RawServer.start(answer(503, BUSY, "Retry-After: 0"))) {
            Faulty faulty = new Faulty(server);
            ActivityApi api = faulty.api(faulty.builder(kind)
                    .retryPolicy(RetryPolicy.builder().maxAttempts(3).build()));

            Throwable thrown = catchThrowable(() -> api.list(CoreQuery.all()));

            assertThat(thrown).isExactlyInstanceOf(CoreServerException.class);
            assertThat(server.requests()).hasSize(3);
            assertThat(faulty.sleeper.waits()).containsExactly(Duration.ZERO, Duration.ZERO);
        }
    }

    private static void assertWaitedAsAsked(Faulty faulty, Fault fault) {
        List<Duration> waits = faulty.sleeper.waits();
        assertThat(waits).hasSize(1);
        if (fault.retryAfter != null) {
            assertThat(waits.get(0)).isEqualTo(fault.retryAfter);
        } else {
            assertThat(waits.get(0))
                    .isBetween(Duration.ZERO, RetryPolicy.defaults().baseDelay());
        }
    }
}
