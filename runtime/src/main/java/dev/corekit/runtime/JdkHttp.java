package dev.corekit.runtime;

import dev.corekit.runtime.error.CoreException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A {@code java.net.http} client an app owns (the identity server's, and the API's with {@code jdkHttpClient()}),
 * built on first use: it starts a selector thread, which an app that only calls CORE with stored tokens never needs
 * for the identity server. Its executor is this object's, so that closing ends the executor's threads at once rather
 * than after the JDK's idle timeout. The selector thread ends on close from Java 21; on Java 17 it ends once the
 * client, released here, is garbage-collected.
 */
final class JdkHttp implements Supplier<HttpClient>, AutoCloseable {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final String threadName;
    private final boolean insecureLoopback;
    private final Duration connectTimeout;
    private HttpClient client;
    private ExecutorService executor;
    private boolean closed;

    /** A client whose threads are named {@code threadName-<n>}. */
    JdkHttp(String threadName, boolean insecureLoopback, Duration connectTimeout) {
        this.threadName = threadName;
        this.insecureLoopback = insecureLoopback;
        this.connectTimeout = connectTimeout;
    }

    /** @throws CoreException when the app was closed */
    @Override
    public synchronized HttpClient get() {
        if (closed) {
            throw new CoreException("this CoreApp is closed");
        }
        if (client == null) {
            // With allowInsecureLoopback() the servers may be plain http, where an HTTP/2 client offers h2c. Redirects
            // stay off: corekit's calls and token requests never follow one.
            executor = Executors.newCachedThreadPool(this::thread);
            client = HttpClient.newBuilder()
                    .executor(executor)
                    .version(insecureLoopback ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(connectTimeout)
                    .build();
        }
        return client;
    }

    private Thread thread(Runnable task) {
        Thread thread = new Thread(task, threadName + "-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    /** Whether the client was built. */
    synchronized boolean started() {
        return client != null;
    }

    /** Closes the client and ends its executor's threads; a later {@link #get()} fails. */
    @Override
    public synchronized void close() {
        closed = true;
        HttpClient built = client;
        client = null;
        // HttpClient is AutoCloseable from Java 21; before, its selector ends once nothing refers to the client.
        if (built instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // It ends its threads when unreachable all the same.
            }
        }
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
    }
}
