package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A {@code 200} answer whose body is JSON {@code null} gives a list call an empty list, never {@code null}. */
class NullListDecoderTest {

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aNullBodyIsAnEmptyListAndAnEmptyStream(ClientKind kind) {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, "null"));
            CoreClient client = kind.apply(Fixtures.serverClient(server)).build();
            Fixtures.store(client, "token-one", "refresh-one", Instant.now(), server.url() + "/api/one");
            ActivityApi api = client.api(ActivityApi.class);

            assertThat(api.list(CoreQuery.all())).isNotNull().isEmpty();
            assertThat(api.stream(CoreQuery.all())).isEmpty();
            assertThat(server.requests("/api/")).hasSize(2);
        }
    }
}
