package dev.corekit.runtime;

/** Closes what the running JDK lets close: {@code java.net.http.HttpClient} is {@link AutoCloseable} from Java 21. */
final class Closing {
    private Closing() {}

    static void close(Object resource) {
        if (resource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Closing frees threads and sockets early; a failure leaves them to end when unreachable.
            }
        }
    }
}
