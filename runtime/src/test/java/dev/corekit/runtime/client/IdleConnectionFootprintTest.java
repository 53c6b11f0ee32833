package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The heap an idle connection of a {@link CoreApp} keeps after one call: its client, token manager, cached API client
 * and stored tokens, measured as the growth of the used heap after full collections, over many connections.
 */
class IdleConnectionFootprintTest {
    private static final int CONNECTIONS = 2_000;
    private static final long MAX_BYTES_PER_CONNECTION = 20 * 1024;

    @Test
    void anIdleConnectionKeepsLessThanTwentyKilobytes() throws IOException {
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
            call(app, "warm-up", base);
            long before = usedHeap();
            List<CoreClient> held = new ArrayList<>();

            for (int i = 0; i < CONNECTIONS; i++) {
                held.add(call(app, "company-" + i, base));
            }

            long perConnection = (usedHeap() - before) / CONNECTIONS;
            System.out.printf("heap per idle connection: %d bytes%n", perConnection);
            assertThat(held).hasSize(CONNECTIONS);
            assertThat(perConnection).isLessThan(MAX_BYTES_PER_CONNECTION);
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
