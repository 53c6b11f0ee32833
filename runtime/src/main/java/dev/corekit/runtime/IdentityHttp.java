package dev.corekit.runtime;

import dev.corekit.runtime.error.CoreException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The one {@code java.net.http} client of an app for the identity server, built on first use: it starts a selector
 * thread, which an app that only calls CORE with stored tokens never needs. Its executor is this object's, so that
 * closing ends its threads at once rather than after the JDK's idle timeout.
 */
final class IdentityHttp implements Supplier<HttpClient>, AutoCloseable {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final boolean insecureLoopback;
    private final Duration connectTimeout;
    private HttpClient client;
    private ExecutorService executor;
    private boolean closed;

    IdentityHttp(boolean insecureLoopback, Duration connectTimeout) {
        this.insecureLoopback = insecureLoopback;
        this.connectTimeout = connectTimeout;
    }

    /** @throws CoreException when the app was closed */
    @Override
    public synchronized HttpClient get() {
        if (closed) {
            throw new CoreException("the identity server's client was closed with its CoreApp");
        }
        if (client == null) {
            // With allowInsecureLoopback() the identity server may be plain http, where an HTTP/2 client offers h2c.
            executor = Executors.newCachedThreadPool(IdentityHttp::thread);
            client = HttpClient.newBuilder()
                    .executor(executor)
                    .version(insecureLoopback ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(connectTimeout)
                    .build();
        }
        return client;
    }

    private static Thread thread(Runnable task) {
        Thread thread = new Thread(task, "corekit-identity-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    /** Whether the client was built. */
    synchronized boolean started() {
        return client != null;
    }

    /** Closes the client where the JDK can (21 and later); before, its thread ends once it is unreachable. */
    @Override
    public synchronized void close() {
        closed = true;
        HttpClient built = client;
        client = null;
        Closing.close(built);
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
    }
}
