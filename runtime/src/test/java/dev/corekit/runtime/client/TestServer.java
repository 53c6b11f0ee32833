package dev.corekit.runtime.client;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 for the cases the sandbox cannot produce: it records every request (all values of
 * every header, the client's port, the body) and answers through handlers registered per path prefix.
 */
final class TestServer implements AutoCloseable {

    /** One request as the server saw it. */
    record Seen(String method, String path, String query, Headers headers, int remotePort, String body) {
        /** Every value of the {@code Authorization} header, in order. */
        List<String> authorization() {
            List<String> values = headers.get("Authorization");
            return values == null ? List.of() : List.copyOf(values);
        }

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange, Seen seen) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Handler> routes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

    private TestServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "test-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    static TestServer start() {
        return new TestServer();
    }

    /** Answers requests whose path starts with {@code prefix} (the longest registered prefix wins). */
    TestServer on(String prefix, Handler handler) {
        routes.put(prefix, handler);
        return this;
    }

    /** {@code http://127.0.0.1:PORT}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Seen> requests() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    /** The requests whose path starts with {@code prefix}. */
    List<Seen> requests(String prefix) {
        return requests().stream().filter(s -> s.path().startsWith(prefix)).toList();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Headers headers = new Headers();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            Seen request = new Seen(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    headers,
                    exchange.getRemoteAddress().getPort(),
                    new String(body, StandardCharsets.UTF_8));
            seen.add(request);
            Handler handler = null;
            int longest = -1;
            synchronized (routes) {
                for (Map.Entry<String, Handler> route : routes.entrySet()) {
                    if (request.path().startsWith(route.getKey())
                            && route.getKey().length() > longest) {
                        handler = route.getValue();
                        longest = route.getKey().length();
                    }
                }
            }
            if (handler == null) {
                json(exchange, 404, "{\"Message\":\"no route\"}");
            } else {
                handler.handle(exchange, request);
            }
        }
    }

    /** Answers with a JSON body and a Content-Length, so the connection can be kept alive. */
    static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", body);
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        if (status == 204 || bytes.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A token response as CORE's identity server sends it. */
    static String tokenResponse(String accessToken, String refreshToken, String endpoint) {
        return "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                + (refreshToken == null ? "" : "\"refresh_token\":\"" + refreshToken + "\",")
                + "\"scope\":\"readwrite:core offline_access\""
                + (endpoint == null ? "" : ",\"endpoint\":\"" + endpoint + "\"")
                + "}";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
