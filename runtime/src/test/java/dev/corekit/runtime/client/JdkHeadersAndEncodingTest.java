package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** With {@code jdkHttpClient()}: the headers an app's interceptor sets reach the server; compressed answers are read. */
class JdkHeadersAndEncodingTest {
    private static final String BODY = "[{\"code\":\"DEV\",\"description\":\"Development\"}]";

    private static CoreClient client(TestServer server, String acceptEncoding) {
        CoreClient client = Fixtures.serverClient(server)
                .jdkHttpClient()
                .requestInterceptor(template -> template.header("Origin", "https://app.example")
                        .header("From", "ops@example.com")
                        .header("Via", "1.1 gateway")
                        .header("Referer", "https://app.example/report")
                        .header("Warning", "199 - \"test\"")
                        .header("Date", "Wed, 02 Dec 2026 12:00:00 GMT")
                        .header("X-Trace", "trace-1")
                        .header("Accept-Encoding", acceptEncoding))
                .build();
        Fixtures.store(client, "token-one", "refresh-one", Instant.now(), server.url() + "/api/one");
        return client;
    }

    private static void compressed(HttpExchange exchange, String encoding) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out =
                encoding.equals("gzip") ? new GZIPOutputStream(bytes) : new DeflaterOutputStream(bytes)) {
            out.write(BODY.getBytes(StandardCharsets.UTF_8));
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Content-Encoding", encoding);
        exchange.sendResponseHeaders(200, bytes.size());
        try (OutputStream out = exchange.getResponseBody()) {
            bytes.writeTo(out);
        }
    }

    @Test
    void everyHeaderTheAppSetsIsSentExceptThoseTheJdkWritesItself() {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, BODY));
            client(server, "identity").api(ActivityApi.class).list(CoreQuery.all());

            TestServer.Seen seen = server.requests("/api/").get(0);
            assertThat(seen.headers().get("Origin")).containsExactly("https://app.example");
            assertThat(seen.headers().get("From")).containsExactly("ops@example.com");
            assertThat(seen.headers().get("Via")).containsExactly("1.1 gateway");
            assertThat(seen.headers().get("Referer")).containsExactly("https://app.example/report");
            assertThat(seen.headers().get("Warning")).containsExactly("199 - \"test\"");
            assertThat(seen.headers().get("Date")).containsExactly("Wed, 02 Dec 2026 12:00:00 GMT");
            assertThat(seen.headers().get("X-Trace")).containsExactly("trace-1");
        }
    }

    @Test
    void aGzipAnswerIsDecompressed() {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> compressed(exchange, "gzip"));

            List<JsonNode> page = client(server, "gzip").api(ActivityApi.class).list(CoreQuery.all());

            assertThat(page).extracting(node -> node.get("code").asText()).containsExactly("DEV");
            assertThat(server.requests("/api/").get(0).headers().get("Accept-Encoding"))
                    .containsExactly("gzip");
        }
    }

    @Test
    void aDeflateAnswerIsDecompressed() {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> compressed(exchange, "deflate"));

            List<JsonNode> page =
                    client(server, "deflate").api(ActivityApi.class).list(CoreQuery.all());

            assertThat(page)
                    .extracting(node -> node.get("description").asText())
                    .containsExactly("Development");
        }
    }
}
