package dev.corekit.runtime.client;

import static dev.corekit.runtime.client.RawServer.answer;
import static dev.corekit.runtime.client.RawServer.brokenBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.error.CoreServerException;
import dev.corekit.runtime.error.CoreTransportException;
import feign.FeignException;
import feign.Logger;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method of a {@code FooApi}, default methods and every page of a stream included, raises only corekit's typed
 * errors, and one failure is one type whatever the log level.
 */
class TypedErrorsTest {
    private static final String ACTIVITY = "/api/one/activity";
    private static final String PAGE_OF_TWO = "[{\"code\":\"A\"},{\"code\":\"B\"}]";

    static Stream<Arguments> kindsAndLevels() {
        return Stream.of(ClientKind.values())
                .flatMap(kind -> Stream.of(Logger.Level.NONE, Logger.Level.HEADERS, Logger.Level.FULL)
                        .map(level -> Arguments.of(kind, level)));
    }

    private static void assertTransport(Throwable thrown, String method) {
        assertThat(thrown)
                .isExactlyInstanceOf(CoreTransportException.class)
                .hasMessageContaining(method + " " + ACTIVITY + " got no answer: the answer broke off");
        assertThat(((CoreTransportException) thrown).method()).isEqualTo(method);
        assertThat(((CoreTransportException) thrown).path()).isEqualTo(ACTIVITY);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndLevels")
    void anAnswerThatBreaksOffIsATransportErrorRetriedLikeAnyDroppedConnection(ClientKind kind, Logger.Level level) {
        try (RawServer server = RawServer.start(brokenBody(200))) {
            Faulty faulty = new Faulty(server);
            ActivityApi api = faulty.api(faulty.builder(kind).logLevel(level));

            assertTransport(catchThrowable(() -> api.list(CoreQuery.all())), "GET");

            assertThat(server.requests()).hasSize(RetryPolicy.defaults().maxAttempts());
            assertThat(faulty.sleeper.waits()).hasSize(RetryPolicy.defaults().maxAttempts() - 1);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndLevels")
    void aLaterPageOfAStreamThatBreaksOffIsATransportError(ClientKind kind, Logger.Level level) {
        try (RawServer server = RawServer.start(brokenBody(200)).then(answer(200, PAGE_OF_TWO), 1)) {
            Faulty faulty = new Faulty(server);
            ActivityApi api = faulty.api(faulty.builder(kind).logLevel(level).retryPolicy(RetryPolicy.none()));
            Iterator<JsonNode> activities =
                    api.stream(CoreQuery.builder().pageSize(2).build()).iterator();

            assertThat(activities.next().get("code").asText()).isEqualTo("A");
            assertThat(activities.next().get("code").asText()).isEqualTo("B");
            assertTransport(catchThrowable(activities::next), "GET");

            assertThat(server.requests()).containsExactly("GET " + ACTIVITY, "GET " + ACTIVITY);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndLevels")
    void aLargeListThatBreaksOffMidwayIsATransportError(ClientKind kind, Logger.Level level) {
        // Far more than one read buffer arrives whole before the break, inside the list the decoder is filling.
        StringBuilder start = new StringBuilder("[");
        for (int i = 0; i < 3000; i++) {
            start.append("{\"code\":\"A").append(i).append("\"},");
        }
        try (RawServer server = RawServer.start(brokenBody(200, start + "{\"code\":\"A"))) {
            Faulty faulty = new Faulty(server);
            ActivityApi api = faulty.api(faulty.builder(kind).logLevel(level).retryPolicy(RetryPolicy.none()));

            assertTransport(catchThrowable(() -> api.list(CoreQuery.all())), "GET");

            assertThat(server.requests()).containsExactly("GET " + ACTIVITY);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndLevels")
    void anErrorAnswerThatBreaksOffIsTheErrorItsStatusSays(ClientKind kind, Logger.Level level) {
        try (RawServer server = RawServer.start(brokenBody(503))) {
            Faulty faulty = new Faulty(server);
            ActivityApi api = faulty.api(faulty.builder(kind).logLevel(level).retryPolicy(RetryPolicy.none()));

            Throwable thrown = catchThrowable(() -> api.list(CoreQuery.all()));

            assertThat(thrown).isExactlyInstanceOf(CoreServerException.class);
            assertThat(((CoreServerException) thrown).status()).isEqualTo(503);
            assertThat(((CoreServerException) thrown).path()).isEqualTo(ACTIVITY);
            assertThat(server.requests()).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndLevels")
    void aPostWhoseAnswerBreaksOffIsATransportErrorAfterOneRequest(ClientKind kind, Logger.Level level) {
        try (RawServer server = RawServer.start(brokenBody(201))) {
            Faulty faulty = new Faulty(server);
            ActivityApi api = faulty.api(faulty.builder(kind).logLevel(level));

            assertTransport(catchThrowable(() -> api.create(Fixtures.activity("X"))), "POST");

            assertThat(server.requests()).containsExactly("POST " + ACTIVITY);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndLevels")
    void anAnswerThatBreaksOffKeepsNoneOfItsBytesInTheCauses(ClientKind kind, Logger.Level level) {
        // The server echoes the bearer token, then breaks off: the error must not carry the bytes it read.
        try (RawServer server = RawServer.start(brokenBody(200, "[{\"code\":\"live-token"))) {
            Faulty faulty = new Faulty(server);
            ActivityApi api = faulty.api(faulty.builder(kind).logLevel(level).retryPolicy(RetryPolicy.none()));

            Throwable thrown = catchThrowable(() -> api.list(CoreQuery.all()));

            assertTransport(thrown, "GET");
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                assertThat(cause).isNotInstanceOf(FeignException.class);
                assertThat(cause.getMessage()).doesNotContain("live-token");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ClientKind.class)
    void a503WithARetryAfterBeyondAnIntIsAServerErrorAtOnce(ClientKind kind) {
        String huge = "Retry-After: " + (1L << 31);
        try (RawServer server = RawServer.start(answer(503, "{\"Message\":\"busy\"}", huge))) {
            Faulty faulty = new Faulty(server);
            ActivityApi api = faulty.api(kind);

            Throwable get = catchThrowable(() -> api.list(CoreQuery.all()));
            Throwable post = catchThrowable(() -> api.create(Fixtures.activity("X")));

            for (Throwable thrown : List.of(get, post)) {
                assertThat(thrown).isExactlyInstanceOf(CoreServerException.class);
                assertThat(((CoreServerException) thrown).status()).isEqualTo(503);
            }
            assertThat(server.requests()).containsExactly("GET " + ACTIVITY, "POST " + ACTIVITY);
            assertThat(faulty.sleeper.waits()).isEqualTo(Collections.emptyList());
        }
    }
}
