package dev.corekit.runtime.internal.token;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small real HTTP server on 127.0.0.1 for answers the sandbox cannot give. Every request is recorded (method, path,
 * body) before the handler runs.
 */
final class LocalHttpServer implements AutoCloseable {
    /** Answers one request. */
    interface Handler {
        void handle(HttpExchange exchange, String body) throws Exception;
    }

    /** One received request. */
    record Received(String method, String path, String body, String authorization) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "local-http-server");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private LocalHttpServer(int port, Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getPath(),
                        body,
                        exchange.getRequestHeaders().getFirst("Authorization")));
                handler.handle(exchange, body);
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        });
        server.start();
    }

    static LocalHttpServer start(Handler handler) {
        return start(0, handler);
    }

    static LocalHttpServer start(int port, Handler handler) {
        try {
            return new LocalHttpServer(port, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base to give a {@link TokenEndpointClient}: {@code http://127.0.0.1:PORT/idp}. */
    URI identityUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/idp");
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    static void json(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
