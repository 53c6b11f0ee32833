package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.error.CoreResponseException;
import dev.corekit.runtime.error.CoreTransportException;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.journal.JournalEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What CORE's answers decode to: lists, empty answers, void calls, and bodies that are not what was declared. */
class DecodingTest {
    private static final String ACTIVITY = "/api/" + Fixtures.COMPANY + "/activity";

    private CoreSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ActivityApi api(ClientKind kind) {
        CoreClient client = kind.apply(Fixtures.sandboxClient(sandbox)).build();
        Fixtures.seed(sandbox, client);
        return client.api(ActivityApi.class);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aListDecodesEveryObject(ClientKind kind) {
        Fixtures.seedActivity(sandbox, "DEV");
        Fixtures.seedActivity(sandbox, "QA");

        List<JsonNode> activities = api(kind).list(CoreQuery.all());

        assertThat(activities).extracting(a -> a.get("code").asText()).containsExactly("DEV", "QA");
        assertThat(activities.get(0).get("billRate").asDouble()).isEqualTo(120.5);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void anEmptyListIsEmpty(ClientKind kind) {
        assertThat(api(kind).list(CoreQuery.all())).isEmpty();

        assertThat(sandbox.journal().last().status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aPageAnswered204IsAnEmptyList(ClientKind kind) {
        List<JsonNode> page = api(kind).list(CoreQuery.builder().page(3, 25).build());

        assertThat(page).isNotNull().isEmpty();
        assertThat(sandbox.journal().last().status()).isEqualTo(204);
        assertThat(sandbox.journal().last().query()).isEqualTo("page=3%2C25");
    }

    @Test
    void aSingleObjectAnswered204IsNull() {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> TestServer.send(exchange, 204, null, ""));
            CoreClient client = Fixtures.serverClient(server).build();
            Fixtures.store(client, "live-token", "refresh", Instant.now(), server.url() + "/api/one");

            assertThat(client.api(ActivityApi.class).get("42")).isNull();
            assertThat(client.api(ActivityApi.class).list(CoreQuery.all())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aTypedReadDecodesTheDto(ClientKind kind) {
        ObjectNode stored = Fixtures.seedActivity(sandbox, "DEV");

        Activity activity = api(kind).read(stored.get("id").asText());

        assertThat(activity)
                .isEqualTo(new Activity(UUID.fromString(stored.get("id").asText()), "DEV", "Activity DEV", 120.5));
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aVoidDeleteReturnsAndDeletes(ClientKind kind) {
        ObjectNode stored = Fixtures.seedActivity(sandbox, "DEL");

        api(kind).delete(stored.get("id").asText());

        assertThat(sandbox.api().company(Fixtures.COMPANY).list("activity")).isEmpty();
        assertThat(sandbox.journal().last().status()).isEqualTo(204);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void createAndUpdateSendJsonAndDecodeTheStoredObject(ClientKind kind) {
        ActivityApi api = api(kind);

        JsonNode created = api.create(Fixtures.activity("NEW"));
        ObjectNode changed = ((ObjectNode) created.deepCopy()).put("description", "changed");
        JsonNode updated = api.update(created.get("id").asText(), changed);

        assertThat(created.get("id").asText()).isNotBlank();
        assertThat(updated.get("description").asText()).isEqualTo("changed");
        JournalEntry post =
                sandbox.journal().filter(e -> e.method().equals("POST")).get(0);
        assertThat(post.header("Content-Type")).startsWith("application/json");
        assertThat(Fixtures.parse(post.body()).get("code").asText()).isEqualTo("NEW");
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aMalformedBodyIsAResponseException(ClientKind kind) {
        sandbox.faults().on("activity").malformedBody(1);
        ActivityApi api = api(kind);

        Throwable thrown = catchThrowable(() -> api.list(CoreQuery.all()));

        assertThat(thrown).isInstanceOf(CoreResponseException.class);
        CoreResponseException error = (CoreResponseException) thrown;
        assertThat(error.status()).isEqualTo(200);
        assertThat(error.method()).isEqualTo("GET");
        assertThat(error.path()).isEqualTo(ACTIVITY);
        assertThat(error.getMessage()).contains("List<JsonNode>", "malformed JSON");
        assertThat(sandbox.journal().entries("/activity")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aFieldOfAnotherShapeIsNamed(ClientKind kind) {
        ObjectNode odd = Fixtures.activity("ODD").put("billRate", "one hundred");
        String id = sandbox.api()
                .company(Fixtures.COMPANY)
                .put("activity", odd)
                .get("id")
                .asText();
        ActivityApi api = api(kind);

        Throwable thrown = catchThrowable(() -> api.read(id));

        assertThat(thrown).isInstanceOf(CoreResponseException.class);
        CoreResponseException error = (CoreResponseException) thrown;
        assertThat(error.path()).isEqualTo(ACTIVITY + "/" + id);
        assertThat(error.getMessage()).contains("billRate", "Activity").doesNotContain("one hundred");
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aBodyCutShortIsATransportError(ClientKind kind) throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger requests = new AtomicInteger();
            Thread server = new Thread(() -> answerWithTruncatedBodies(socket, requests), "truncating-server");
            server.setDaemon(true);
            server.start();
            CoreClient client = kind.apply(Fixtures.loopbackClient("http://127.0.0.1:" + socket.getLocalPort()))
                    .retryPolicy(RetryPolicy.none())
                    .build();
            Fixtures.store(
                    client,
                    "live-token",
                    "refresh",
                    Instant.now(),
                    "http://127.0.0.1:" + socket.getLocalPort() + "/api/one");

            Throwable thrown =
                    catchThrowable(() -> client.api(ActivityApi.class).list(CoreQuery.all()));

            assertThat(requests.get()).isPositive();
            assertThat(thrown).isInstanceOf(CoreTransportException.class);
            assertThat(((CoreTransportException) thrown).method()).isEqualTo("GET");
        }
    }

    /** Promises 1000 bytes of JSON, sends 10 and closes the connection. */
    private static void answerWithTruncatedBodies(ServerSocket socket, AtomicInteger requests) {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                requests.incrementAndGet();
                byte[] buffer = new byte[8192];
                int read = connection.getInputStream().read(buffer);
                if (read <= 0) {
                    continue;
                }
                OutputStream out = connection.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                                + "[{\"code\":")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
