package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.CoreNotFoundException;
import dev.corekit.runtime.error.CoreResponseException;
import feign.okhttp.OkHttpClient;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.ConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sequential calls reuse kept-alive connections: the decoder reads every body to its end, so the connection goes back
 * to the pool (the server sees the client's port of each request; a new port is a new connection).
 */
class KeepAliveTest {
    private static final int CALLS = 60;
    private static final int FEW = 3;

    /** A CORE-shaped page of 100 activities, about 10 KB. */
    private static String page() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 100; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"id\":\"3f1c9a52-8d77-4c59-9b7d-")
                    .append(String.format("%012d", i))
                    .append("\",\"code\":\"A")
                    .append(i)
                    .append("\",\"description\":\"Activity ")
                    .append(i)
                    .append("\",\"billRate\":120.5,\"memo\":null,\"customFields\":[]}");
        }
        return json.append(']').toString();
    }

    private static Set<Integer> ports(TestServer server) {
        return server.requests("/api/").stream()
                .map(TestServer.Seen::remotePort)
                .collect(Collectors.toSet());
    }

    private static CoreClient client(ClientKind kind, TestServer server) {
        CoreClient client = kind.apply(Fixtures.serverClient(server)).build();
        Fixtures.store(client, "live-token", "refresh", Instant.now(), server.url() + "/api/one");
        return client;
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void sequentialListsReuseTheirConnection(ClientKind kind) {
        String page = page();
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, page));
            ActivityApi api = client(kind, server).api(ActivityApi.class);

            for (int i = 0; i < CALLS; i++) {
                assertThat(api.list(CoreQuery.all())).hasSize(100);
            }

            assertThat(server.requests("/api/")).hasSize(CALLS);
            assertThat(ports(server)).hasSizeLessThanOrEqualTo(FEW);
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void bytesAfterTheJsonValueAreReadSoTheConnectionIsKept(ClientKind kind) {
        // Far more than a read buffer follows the value: the decoder stops at the value's end, then drains the rest.
        String answer = "{\"code\":\"QA\"}" + " \n".repeat(50_000);
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, answer));
            ActivityApi api = client(kind, server).api(ActivityApi.class);

            for (int i = 0; i < CALLS; i++) {
                assertThat(api.get(Integer.toString(i)).get("code").asText()).isEqualTo("QA");
            }

            assertThat(server.requests("/api/")).hasSize(CALLS);
            assertThat(ports(server)).hasSizeLessThanOrEqualTo(FEW);
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aLargeAnswerMalformedMidwayIsATypedErrorAndKeepsTheConnection(ClientKind kind) {
        String page = page();
        String answer = page.substring(0, page.length() - 1) + ",}}}," + page.substring(1);
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, answer));
            ActivityApi api = client(kind, server).api(ActivityApi.class);

            for (int i = 0; i < CALLS; i++) {
                Throwable thrown = catchThrowable(() -> api.list(CoreQuery.all()));
                assertThat(thrown)
                        .isExactlyInstanceOf(CoreResponseException.class)
                        .hasMessageContaining("malformed JSON");
                assertThat(((CoreResponseException) thrown).bodyExcerpt())
                        .startsWith("[{\"id\":\"3f1c9a52-8d77-4c59-9b7d-000000000000\"")
                        .endsWith("...");
            }

            assertThat(server.requests("/api/")).hasSize(CALLS);
            assertThat(ports(server)).hasSizeLessThanOrEqualTo(FEW);
        }
    }

    @Test
    void theServerTellsConnectionsApart() {
        // The control for the tests above: a client without a connection pool opens one connection per call.
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, "[]"));
            CoreClient client = Fixtures.serverClient(server)
                    .httpClient(new OkHttpClient(new okhttp3.OkHttpClient.Builder()
                            .connectionPool(new ConnectionPool(0, 1, TimeUnit.MILLISECONDS))
                            .build()))
                    .build();
            Fixtures.store(client, "live-token", "refresh", Instant.now(), server.url() + "/api/one");
            ActivityApi api = client.api(ActivityApi.class);

            for (int i = 0; i < 10; i++) {
                api.list(CoreQuery.all());
            }

            assertThat(ports(server)).hasSizeGreaterThan(FEW);
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void singleObjectsErrorsAndEmptyAnswersKeepTheConnectionToo(ClientKind kind) {
        try (TestServer server = TestServer.start()) {
            server.on("/api/one/activity/", (exchange, seen) -> {
                String id = seen.path().substring(seen.path().lastIndexOf('/') + 1);
                switch (Integer.parseInt(id) % 4) {
                    case 0 ->
                        TestServer.json(exchange, 200, "{\"code\":\"DEV\",\"extra\":\"" + "x".repeat(3000) + "\"}");
                    case 1 ->
                        TestServer.json(exchange, 404, "{\"Message\":\"" + "no such activity ".repeat(100) + "\"}");
                    case 2 -> TestServer.send(exchange, 204, null, "");
                    default -> TestServer.json(exchange, 200, "{\"code\":\"QA\"}   \n\n");
                }
            });
            ActivityApi api = client(kind, server).api(ActivityApi.class);

            for (int i = 0; i < CALLS; i++) {
                String id = Integer.toString(i);
                if (i % 4 == 1) {
                    assertThatThrownBy(() -> api.get(id)).isInstanceOf(CoreNotFoundException.class);
                } else if (i % 4 == 2) {
                    assertThat(api.get(id)).isNull();
                } else {
                    assertThat(api.get(id).get("code").asText()).isIn("DEV", "QA");
                }
            }

            assertThat(server.requests("/api/")).hasSize(CALLS);
            assertThat(ports(server)).hasSizeLessThanOrEqualTo(FEW);
        }
    }
}
