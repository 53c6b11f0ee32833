package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.error.CoreTransportException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A server that takes the request and never answers: after the read timeout, a transport error naming the call. */
class ReadTimeoutTest {
    private static final String ACTIVITY = "/api/one/activity";

    @ParameterizedTest(name = "{0}")
    @EnumSource(ClientKind.class)
    void aGetWithoutAnswerEndsInATransportErrorAfterThePolicysAttempts(ClientKind kind) {
        try (RawServer server = RawServer.start(RawServer.silent())) {
            Faulty faulty = new Faulty(server, Faulty.SHORT_READ_TIMEOUT);
            ActivityApi api = faulty.api(kind);

            Throwable thrown = catchThrowable(() -> api.list(CoreQuery.all()));

            assertThat(thrown)
                    .isExactlyInstanceOf(CoreTransportException.class)
                    .hasMessageStartingWith("GET " + ACTIVITY + " got no answer: ");
            assertThat(((CoreTransportException) thrown).method()).isEqualTo("GET");
            assertThat(((CoreTransportException) thrown).path()).isEqualTo(ACTIVITY);
            assertThat(thrown.getCause()).isInstanceOf(java.io.IOException.class);
            assertThat(server.requests()).hasSize(RetryPolicy.defaults().maxAttempts());
            assertThat(faulty.sleeper.waits()).hasSize(RetryPolicy.defaults().maxAttempts() - 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ClientKind.class)
    void aPostWithoutAnswerEndsInATransportErrorAfterOneRequest(ClientKind kind) {
        try (RawServer server = RawServer.start(RawServer.silent())) {
            Faulty faulty = new Faulty(server, Faulty.SHORT_READ_TIMEOUT);
            ActivityApi api = faulty.api(kind);

            Throwable thrown = catchThrowable(() -> api.create(Fixtures.activity("X")));

            assertThat(thrown)
                    .isExactlyInstanceOf(CoreTransportException.class)
                    .hasMessageStartingWith("POST " + ACTIVITY + " got no answer: ");
            assertThat(((CoreTransportException) thrown).method()).isEqualTo("POST");
            assertThat(((CoreTransportException) thrown).path()).isEqualTo(ACTIVITY);
            assertThat(server.requests()).containsExactly("POST " + ACTIVITY);
        }
    }
}
