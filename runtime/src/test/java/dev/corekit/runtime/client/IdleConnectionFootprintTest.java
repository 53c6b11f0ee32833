package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The heap an idle connection of a {@link CoreApp} keeps after one call: its client, token manager, cached API clients
 * and stored tokens, measured as the growth of the used heap after full collections, over many connections; first
 * with the one API type it called, then with five.
 */
class IdleConnectionFootprintTest {
    private static final int CONNECTIONS = 2_000;
    private static final long MAX_BYTES_PER_CONNECTION = 20 * 1024;
    /** Less than a connection's stored tokens alone: a smaller growth means the connections were not all kept. */
    private static final long MIN_BYTES_PER_CONNECTION = 256;

    /** Shaped like a generated {@code FooApi}: list, read, create, update, delete. */
    @Headers("Accept: application/json")
    interface ClientApi {
        @RequestLine("GET /client")
        List<JsonNode> list(@QueryMap(encoded = true) Map<String, Object> query);

        @RequestLine("GET /client/{id}")
        JsonNode read(@Param("id") String id);

        @RequestLine("POST /client")
        @Headers("Content-Type: application/json")
        JsonNode create(JsonNode body);

        @RequestLine("PUT /client/{id}")
        @Headers("Content-Type: application/json")
        JsonNode update(@Param("id") String id, JsonNode body);

        @RequestLine("DELETE /client/{id}")
        void delete(@Param("id") String id);
    }

    /** Shaped like a generated {@code FooApi}: list, read, create, update, delete. */
    @Headers("Accept: application/json")
    interface ProjectApi {
        @RequestLine("GET /project")
        List<JsonNode> list(@QueryMap(encoded = true) Map<String, Object> query);

        @RequestLine("GET /project/{id}")
        JsonNode read(@Param("id") String id);

        @RequestLine("POST /project")
        @Headers("Content-Type: application/json")
        JsonNode create(JsonNode body);

        @RequestLine("PUT /project/{id}")
        @Headers("Content-Type: application/json")
        JsonNode update(@Param("id") String id, JsonNode body);

        @RequestLine("DELETE /project/{id}")
        void delete(@Param("id") String id);
    }

    private static final List<Class<?>> MORE_TYPES =
            List.of(PayeeApi.class, TypedActivityApi.class, ClientApi.class, ProjectApi.class);

    @Test
    void anIdleConnectionKeepsLessThanTwentyKilobytesWithFiveApiTypes() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", exchange -> {
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (CoreApp app = CoreApp.builder()
                .clientId("test-client")
                .clientSecret("test-secret")
                .redirectUri("http://127.0.0.1/callback")
                .scopes("readwrite:core", "offline_access")
                .identityServer(base + "/idp")
                .allowInsecureLoopback()
                .build()) {
            // Each interface is parsed once per app: the warm-up pays that, not the connections measured.
            CoreClient warmUp = call(app, "warm-up", base);
            MORE_TYPES.forEach(warmUp::api);
            long before = usedHeap();
            List<CoreClient> held = new ArrayList<>();

            for (int i = 0; i < CONNECTIONS; i++) {
                held.add(call(app, "company-" + i, base));
            }
            long withOneType = usedHeap();
            for (CoreClient client : held) {
                MORE_TYPES.forEach(client::api);
            }
            long withFiveTypes = usedHeap();

            long perConnection = (withOneType - before) / CONNECTIONS;
            long perConnectionWithFive = (withFiveTypes - before) / CONNECTIONS;
            long perType = (withFiveTypes - withOneType) / CONNECTIONS / MORE_TYPES.size();
            System.out.printf(
                    "heap per idle connection: %d bytes with one API type, %d with five (%d per further type)%n",
                    perConnection, perConnectionWithFive, perType);
            assertThat(app.connectionCount()).isEqualTo(CONNECTIONS + 1);
            assertThat(perConnection).isGreaterThan(MIN_BYTES_PER_CONNECTION);
            assertThat(perType).isPositive();
            assertThat(perConnectionWithFive).isLessThan(MAX_BYTES_PER_CONNECTION);
            Reference.reachabilityFence(held);
        } finally {
            server.stop(0);
        }
    }

    private static CoreClient call(CoreApp app, String name, String base) {
        CoreClient client = app.connection(name);
        Fixtures.store(client, "token-" + name, "refresh-" + name, Instant.now(), base + "/api/" + name);
        client.api(ActivityApi.class).list(CoreQuery.all());
        return client;
    }

    private static long usedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
