package dev.corekit.processor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.corekit.processor.http.RecordingServer.RecordedRequest;
import dev.corekit.processor.http.RecordingServer.ScriptedResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recording server itself, driven by the JDK client, so the other tests can trust what it reports. */
class RecordingServerTest {

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RecordingServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = RecordingServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void recordsMethodRawPathRawQueryDecodedParametersHeadersAndBody() throws Exception {
        server.enqueue(ScriptedResponse.ok("{}"));

        send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/a%2Fb/c?x=1%2C2&y=a+b%26c&x=3&flag"))
                .header("X-Test", "yes")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"k\":\"ü\"}")));

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.rawPath()).isEqualTo("/api/a%2Fb/c");
        assertThat(request.rawQuery()).isEqualTo("x=1%2C2&y=a+b%26c&x=3&flag");
        assertThat(request.queryParameters())
                .containsExactly(
                        entry("x", List.of("1,2", "3")), entry("y", List.of("a b&c")), entry("flag", List.of("")));
        assertThat(request.header("x-test")).containsExactly("yes");
        assertThat(request.header("X-TEST")).containsExactly("yes");
        assertThat(request.header("absent")).isEmpty();
        assertThat(request.bodyText()).isEqualTo("{\"k\":\"ü\"}");
    }

    @Test
    void aUrlWithoutQueryHasANullRawQueryAndNoParameters() throws Exception {
        server.enqueue(ScriptedResponse.ok("[]"));

        send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/widget"))
                .GET());

        assertThat(server.onlyRequest().rawQuery()).isNull();
        assertThat(server.onlyRequest().queryParameters()).isEmpty();
        assertThat(server.onlyRequest().body()).isEmpty();
    }

    @Test
    void answersFromTheQueueFirstThenFromTheFunction() throws Exception {
        server.enqueue(ScriptedResponse.json(201, "[1]"), ScriptedResponse.empty(204))
                .respondWith(request -> new ScriptedResponse(
                        202, "echo " + request.rawPath(), Map.of("Content-Type", "text/plain", "X-Echo", "1")));

        HttpResponse<String> first = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/1")));
        HttpResponse<String> second = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/2")));
        HttpResponse<String> third = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/3")));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).isEqualTo("[1]");
        assertThat(first.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(second.statusCode()).isEqualTo(204);
        assertThat(second.body()).isEmpty();
        assertThat(third.statusCode()).isEqualTo(202);
        assertThat(third.body()).isEqualTo("echo /3");
        assertThat(third.headers().firstValue("X-Echo")).contains("1");
        assertThat(server.requests()).extracting(RecordedRequest::rawPath).containsExactly("/1", "/2", "/3");
    }

    @Test
    void answersAnUnscriptedRequestWithADistinctStatus() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/x")));

        assertThat(response.statusCode()).isEqualTo(RecordingServer.NOTHING_SCRIPTED);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void answersAFailingResponderWithADistinctStatus() throws Exception {
        server.respondWith(request -> {
            throw new IllegalStateException("boom");
        });

        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/x")));

        assertThat(response.statusCode()).isEqualTo(RecordingServer.RESPONDER_FAILED);
        assertThat(response.body()).contains("boom");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
