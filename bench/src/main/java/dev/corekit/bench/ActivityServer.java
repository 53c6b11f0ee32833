package dev.corekit.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server answering {@code GET /api/activity/{id}} with one activity and {@code GET /api/activity}
 * with a page of 100 or 1000 ({@code page=<number>,<size>}), from bodies rendered once so that the server's share of
 * each call stays the same for every client measured.
 */
final class ActivityServer implements AutoCloseable {
    static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    static {
        // Without TCP_NODELAY the server's separate header and body writes wait out the client's delayed ACK (40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final byte[] one = ActivityJson.one(ID);
    private final byte[] page100 = ActivityJson.page(100);
    private final byte[] page1000 = ActivityJson.page(1000);
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final HttpServer server;

    ActivityServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/activity", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    /** The API base, e.g. {@code http://127.0.0.1:41234/api}. */
    String apiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            byte[] body = body(
                    exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private byte[] body(String path, String rawQuery) {
        if (path.equals("/api/activity/" + ID)) {
            return one;
        }
        if (!path.equals("/api/activity")) {
            return null;
        }
        String query = rawQuery == null ? "" : URLDecoder.decode(rawQuery, StandardCharsets.UTF_8);
        return query.endsWith(",1000") ? page1000 : page100;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
