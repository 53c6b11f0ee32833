package dev.corekit.runtime.auth;

import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.internal.auth.CallbackParameters;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
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
 *
 * <p>Up to {@value #MAX_CONNECTIONS} connections are served at once, each closed unless its request head arrives
 * within {@link #HEAD_DEADLINE}, so a local process that opens a connection and sends nothing (or half a request)
 * cannot keep the browser's callback out. Only requests addressed to this receiver are answered: a {@code Host} of
 * {@code 127.0.0.1:<port>} (the redirect URI's) or {@code localhost:<port>} (an app registered with a
 * {@code localhost} redirect URI); any other host, such as a web page whose name was rebound to 127.0.0.1, gets
 * {@code 421} and completes nothing, and a request without exactly one {@code Host} gets {@code 400}.
 */
public final class LoopbackReceiver implements AutoCloseable {
    /** The path {@link #start()} serves. */
    public static final String DEFAULT_PATH = "/callback";

    /** How many connections are served at once; more wait until one ends. */
    public static final int MAX_CONNECTIONS = 4;

    /** How long a connection may take to send its request head. */
    public static final Duration HEAD_DEADLINE = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(LoopbackReceiver.class);
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@/%-]*");
    private static final String HTML = "text/html; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final ServerSocket server;
    private final ExecutorService workers;
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final String path;
    private final Set<String> hosts;
    private final URI redirectUri;
    private final CompletableFuture<Map<String, String>> callback = new CompletableFuture<>();
    private final AtomicBoolean received = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private LoopbackReceiver(ServerSocket server, String path) {
        this.server = server;
        this.path = path;
        int port = server.getLocalPort();
        // A browser leaves the default port out of Host.
        this.hosts = port == 80
                ? Set.of("127.0.0.1:80", "localhost:80", "127.0.0.1", "localhost")
                : Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.redirectUri = URI.create("http://127.0.0.1:" + port + path);
        this.workers = Executors.newFixedThreadPool(MAX_CONNECTIONS + 1, task -> {
            Thread thread = new Thread(task, "corekit-loopback-receiver");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** {@return a receiver on a free port, serving {@value #DEFAULT_PATH}} */
    public static LoopbackReceiver start() {
        return start(0, DEFAULT_PATH);
    }

    /**
     * {@return a receiver on {@code port} ({@code 0} for a free one), serving {@code path}}
     *
     * @param port the port
     * @param path the call's path, without the query string
     * @throws CoreConfigurationException when the port or path is invalid, or the port cannot be bound
     */
    public static LoopbackReceiver start(int port, String path) {
        if (port < 0 || port > 65535) {
            throw new CoreConfigurationException("loopbackPort", "must be 0..65535, was " + port);
        }
        if (path == null || !PATH.matcher(path).matches()) {
            throw new CoreConfigurationException("loopbackPath", "must be an absolute path without query, was " + path);
        }
        ServerSocket server;
        try {
            // The literal address, not getLoopbackAddress(): that is ::1 when IPv6 is preferred, while the redirect
            // URI (and the app's registration) says 127.0.0.1.
            server = new ServerSocket(port, 50, ipv4Loopback());
        } catch (IOException e) {
            throw new CoreConfigurationException(
                    "loopbackPort", "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
        }
        LoopbackReceiver receiver = new LoopbackReceiver(server, path);
        receiver.workers.execute(receiver::acceptLoop);
        LOG.debug("waiting for the authorization callback at {}", receiver.redirectUri);
        return receiver;
    }

    private static InetAddress ipv4Loopback() throws UnknownHostException {
        return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    }

    /** {@return {@code http://127.0.0.1:<port><path>}, the redirect URI to send in the authorize request} */
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
     * @param timeout how long to wait
     * @return the string>
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

    /** Accepts connections while fewer than {@value #MAX_CONNECTIONS} are being served, until closed. */
    private void acceptLoop() {
        while (!closed.get()) {
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                return;
            }
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                slots.release();
                return; // closed
            }
            open.add(socket);
            try {
                workers.execute(() -> {
                    try (socket) {
                        serve(socket);
                    } catch (IOException e) {
                        LOG.debug(
                                "a loopback connection ended without a request: {}",
                                e.getClass().getSimpleName());
                    } finally {
                        open.remove(socket);
                        slots.release();
                    }
                });
            } catch (RejectedExecutionException e) {
                // Closed while this connection was accepted: close() may have walked the open sockets already.
                open.remove(socket);
                closeQuietly(socket);
                return;
            }
        }
    }

    private void serve(Socket socket) throws IOException {
        LoopbackExchange.Head head = LoopbackExchange.read(socket, System.nanoTime() + HEAD_DEADLINE.toNanos());
        if (head.host() == null) {
            LoopbackExchange.answer(socket, 400, "Bad Request", TEXT, "One Host header is required\n");
            return;
        }
        if (!hosts.contains(head.host().toLowerCase(Locale.ROOT))) {
            // Not addressed to this receiver (e.g. a page whose name was rebound to 127.0.0.1).
            LoopbackExchange.answer(socket, 421, "Misdirected Request", TEXT, "Misdirected request\n");
            return;
        }
        if (!head.rawPath().equals(path)) {
            LoopbackExchange.answer(socket, 404, "Not Found", TEXT, "Not found\n");
            return;
        }
        if (!head.method().equals("GET")) {
            LoopbackExchange.answer(socket, 405, "Method Not Allowed", TEXT, "Method not allowed\n", "Allow", "GET");
            return;
        }
        Map<String, String> parameters;
        try {
            parameters = CallbackParameters.decode(head.rawQuery());
        } catch (AuthorizationCallbackException e) {
            LoopbackExchange.answer(socket, 400, "Bad Request", HTML, LoopbackPage.notACallback());
            return;
        }
        boolean isCallback = parameters.containsKey("code")
                || parameters.containsKey("error")
                || parameters.containsKey("invalid_scope");
        if (!isCallback) {
            LoopbackExchange.answer(socket, 400, "Bad Request", HTML, LoopbackPage.notACallback());
            return;
        }
        if (!received.compareAndSet(false, true)) {
            LoopbackExchange.answer(socket, 200, "OK", HTML, LoopbackPage.alreadyReceived());
            return;
        }
        try {
            LoopbackExchange.answer(socket, 200, "OK", HTML, LoopbackPage.forCallback(parameters));
        } finally {
            // Handed over after the page is written, so that closing the receiver cannot cut the page short.
            callback.complete(parameters);
        }
    }

    /** Stops the server; a pending {@link #await} fails. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        callback.completeExceptionally(new CoreException("the loopback receiver was closed"));
        try {
            server.close();
        } catch (IOException ignored) {
            // Closing a listening socket loses nothing.
        }
        // Unblocks the workers reading from connections that are still open.
        open.forEach(LoopbackReceiver::closeQuietly);
        workers.shutdownNow();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already broken: nothing to release.
        }
    }

    @Override
    public String toString() {
        return "LoopbackReceiver{redirectUri=" + redirectUri + ", received=" + received.get() + ", closed="
                + closed.get() + "}";
    }
}
