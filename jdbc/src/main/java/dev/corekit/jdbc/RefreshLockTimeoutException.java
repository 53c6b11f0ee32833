package dev.corekit.jdbc;

import java.time.Duration;

/**
 * {@link JdbcTokenStore#update} waited longer than its lock timeout for the row lock of a connection, which another
 * transaction (a refresh in another instance, most likely) held all that time. Nothing was changed.
 */
public class RefreshLockTimeoutException extends JdbcStoreException {
    private static final long serialVersionUID = 1L;

    private final String connection;
    private final Duration timeout;

    /** The lock of {@code connection} was not obtained within {@code timeout}; {@code cause} is the driver's. */
    public RefreshLockTimeoutException(String connection, Duration timeout, Throwable cause) {
        super(
                "the refresh lock of connection " + connection + " was not obtained within " + timeout
                        + " (another instance holds it)",
                cause);
        this.connection = connection;
        this.timeout = timeout;
    }

    /** The connection whose lock was not obtained. */
    public String connection() {
        return connection;
    }

    /** How long the store waited. */
    public Duration timeout() {
        return timeout;
    }
}
