package dev.corekit.runtime.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the authorization callback of a desktop or command line app on the loopback interface (RFC 8252 §7.3):
 * a small HTTP server on {@code 127.0.0.1}, serving one path, that takes the first request carrying a {@code code},
 * an {@code error} or CORE's {@code invalid_scope}, answers the browser with a short page, and hands the parameters to
 * {@link #await}. Other paths (e.g. {@code /favicon.ico}) get {@code 404}.
 *
 * <pre>{@code
 * try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
 *     AuthorizationResult result = flow.authorizeWithLoopback(receiver, Duration.ofMinutes(5), browser::open);
 * }
 * }</pre>
 *
 * <p>The parameters are not checked here: anything on the machine can reach the port, so
 * {@link AuthorizationFlow#complete(Map)} checks the state. Register the app's redirect URI as
 * {@code http://127.0.0.1/callback}; CORE's loopback rule accepts any port.
 */
public final class LoopbackReceiver implements AutoCloseable {
    /** The path {@link #start()} serves. */
    public static final String DEFAULT_PATH = "/callback";

    private static final Logger LOG = LoggerFactory.getLogger(LoopbackReceiver.class);
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@/%-]*");

    private final HttpServer server;
    private final ExecutorService executor;
    private final String path;
    private final URI redirectUri;
    private final CompletableFuture<Map<String, String>> callback = new CompletableFuture<>();
    private final AtomicBoolean received = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private LoopbackReceiver(HttpServer server, ExecutorService executor, String path) {
        this.server = server;
        this.executor = executor;
        this.path = path;
        this.redirectUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** A receiver on a free port, serving {@value #DEFAULT_PATH}. */
    public static LoopbackReceiver start() {
        return start(0, DEFAULT_PATH);
    }

    /**
     * A receiver on {@code port} ({@code 0} for a free one), serving {@code path}.
     *
     * @throws CoreConfigurationException when the port or path is invalid, or the port cannot be bound
     */
    public static LoopbackReceiver start(int port, String path) {
        if (port < 0 || port > 65535) {
            throw new CoreConfigurationException("loopbackPort", "must be 0..65535, was " + port);
        }
        if (path == null || !PATH.matcher(path).matches()) {
            throw new CoreConfigurationException("loopbackPath", "must be an absolute path without query, was " + path);
        }
        HttpServer server;
        try {
            // The literal address, not getLoopbackAddress(): that is ::1 when IPv6 is preferred, while the redirect
            // URI (and the app's registration) says 127.0.0.1.
            server = HttpServer.create(new InetSocketAddress(ipv4Loopback(), port), 0);
        } catch (IOException e) {
            throw new CoreConfigurationException(
                    "loopbackPort", "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
        }
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "corekit-loopback-receiver");
            thread.setDaemon(true);
            return thread;
        });
        LoopbackReceiver receiver = new LoopbackReceiver(server, executor, path);
        server.setExecutor(executor);
        server.createContext("/", receiver::handle);
        server.start();
        LOG.debug("waiting for the authorization callback at {}", receiver.redirectUri);
        return receiver;
    }

    private static InetAddress ipv4Loopback() throws UnknownHostException {
        return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    }

    /** {@code http://127.0.0.1:<port><path>}, the redirect URI to send in the authorize request. */
    public URI redirectUri() {
        return redirectUri;
    }

    /**
     * Waits for the callback and returns its decoded query parameters, for {@link AuthorizationFlow#complete(Map)}.
     * The receiver is closed when this returns or throws.
     *
     * @throws AuthorizationTimeoutException when no callback arrived within {@code timeout}
     * @throws CoreException when the thread was interrupted (its interrupt flag is set again) or the receiver was
     *     closed before a callback arrived
     */
    public Map<String, String> await(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        try {
            return callback.get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new AuthorizationTimeoutException(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreException("interrupted while waiting for the authorization callback", e);
        } catch (ExecutionException e) {
            throw new CoreException("the loopback receiver was closed before a callback arrived", e.getCause());
        } finally {
            close();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getRawPath().equals(path)) {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found\n");
                return;
            }
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n");
                return;
            }
            Map<String, String> parameters;
            try {
                parameters = CallbackParameters.decode(exchange.getRequestURI().getRawQuery());
            } catch (AuthorizationCallbackException e) {
                send(exchange, 400, "text/html; charset=utf-8", LoopbackPage.notACallback());
                return;
            }
            boolean isCallback = parameters.containsKey("code")
                    || parameters.containsKey("error")
                    || parameters.containsKey("invalid_scope");
            if (!isCallback) {
                send(exchange, 400, "text/html; charset=utf-8", LoopbackPage.notACallback());
                return;
            }
            if (!received.compareAndSet(false, true)) {
                send(exchange, 200, "text/html; charset=utf-8", LoopbackPage.alreadyReceived());
                return;
            }
            try {
                send(exchange, 200, "text/html; charset=utf-8", LoopbackPage.forCallback(parameters));
            } finally {
                // Handed over after the page is written, so that closing the server cannot cut the page short.
                callback.complete(parameters);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Cache-Control", "no-store");
        // The page's URL holds the code: no referrer, no scripts, no framing, no sniffing.
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops the server; a pending {@link #await} fails. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        callback.completeExceptionally(new CoreException("the loopback receiver was closed"));
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "LoopbackReceiver{redirectUri=" + redirectUri + ", received=" + received.get() + ", closed="
                + closed.get() + "}";
    }
}
