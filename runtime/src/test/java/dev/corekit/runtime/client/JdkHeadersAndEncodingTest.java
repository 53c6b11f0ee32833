package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import feign.Capability;
import feign.codec.Decoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * With {@code jdkHttpClient()}, the headers an app's interceptor sets reach the server; with either client, an answer
 * compressed as the app's own {@code Accept-Encoding} asked is read, and its decoder sees it without the compressed
 * body's {@code Content-Encoding} and {@code Content-Length}.
 */
class JdkHeadersAndEncodingTest {
    private static final String BODY = "[{\"code\":\"DEV\",\"description\":\"Development\"}]";

    private static CoreClient client(TestServer server, String acceptEncoding) {
        return client(ClientKind.JDK, server, acceptEncoding, null);
    }

    private static CoreClient client(
            ClientKind kind, TestServer server, String acceptEncoding, @Nullable Capability capability) {
        CoreClient.Builder builder = kind.apply(Fixtures.serverClient(server));
        if (capability != null) {
            builder.capability(capability);
        }
        CoreClient client = builder.requestInterceptor(template -> template.header("Origin", "https://app.example")
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

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aGzipAnswerIsDecompressed(ClientKind kind) {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> compressed(exchange, "gzip"));
            HeadersSeen headers = new HeadersSeen();

            List<JsonNode> page =
                    client(kind, server, "gzip", headers).api(ActivityApi.class).list(CoreQuery.all());

            assertThat(page).extracting(node -> node.get("code").asText()).containsExactly("DEV");
            assertThat(server.requests("/api/").get(0).headers().get("Accept-Encoding"))
                    .containsExactly("gzip");
            // The decoder sees a plain answer: no encoding, no length of the compressed bytes.
            assertThat(headers.seen).hasSize(1);
            assertThat(headers.seen.get(0))
                    .containsKey("Content-Type")
                    .doesNotContainKeys("Content-Encoding", "Content-Length");
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aDeflateAnswerIsDecompressed(ClientKind kind) {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> compressed(exchange, "deflate"));

            List<JsonNode> page =
                    client(kind, server, "deflate", null).api(ActivityApi.class).list(CoreQuery.all());

            assertThat(page)
                    .extracting(node -> node.get("description").asText())
                    .containsExactly("Development");
        }
    }

    /** Records the headers of every answer the decoder reads (Feign calls a capability's public enrich methods). */
    public static final class HeadersSeen implements Capability {
        final List<Map<String, Collection<String>>> seen = new CopyOnWriteArrayList<>();

        @Override
        public Decoder enrich(Decoder decoder) {
            return (response, type) -> {
                seen.add(response.headers());
                return decoder.decode(response, type);
            };
        }
    }
}
