package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.corekit.runtime.CoreClient;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The mapper given to {@code objectMapper(...)} writes the request bodies and reads the response bodies. */
class ObjectMapperTest {

    @Test
    void aCustomMapperWritesTheRequestAndReadsTheAnswer() {
        try (TestServer server = TestServer.start()) {
            server.on(
                    "/api/one/activity",
                    (exchange, seen) ->
                            TestServer.json(exchange, 201, "{\"code\":\"DEV\",\"bill_rate\":99.5,\"billRate\":1}"));
            ObjectMapper snakeCase = new ObjectMapper()
                    .findAndRegisterModules()
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
            CoreClient client =
                    Fixtures.serverClient(server).objectMapper(snakeCase).build();
            Fixtures.store(client, "access", "refresh", Instant.now(), server.url() + "/api/one");

            Activity created =
                    client.api(TypedActivityApi.class).create(new Activity(null, "DEV", "Development", 120.5));

            assertThat(Fixtures.parse(server.requests("/api/").get(0).body()))
                    .isEqualTo(Fixtures.parse(
                            "{\"id\":null,\"code\":\"DEV\",\"description\":\"Development\",\"bill_rate\":120.5}"));
            assertThat(created.billRate()).isEqualTo(99.5);
            assertThat(created.code()).isEqualTo("DEV");
        }
    }

    @Test
    void theDefaultMapperKeepsCoresNames() {
        try (TestServer server = TestServer.start()) {
            server.on(
                    "/api/one/activity",
                    (exchange, seen) -> TestServer.json(exchange, 201, "{\"code\":\"DEV\",\"billRate\":99.50}"));
            CoreClient client = Fixtures.serverClient(server).build();
            Fixtures.store(client, "access", "refresh", Instant.now(), server.url() + "/api/one");

            Activity created =
                    client.api(TypedActivityApi.class).create(new Activity(null, "DEV", "Development", 120.5));

            assertThat(server.requests("/api/").get(0).body()).contains("\"billRate\":120.5");
            assertThat(BigDecimal.valueOf(created.billRate())).isEqualByComparingTo("99.5");
        }
    }
}
