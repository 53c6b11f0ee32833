package dev.corekit.jdbc;

import java.time.Duration;

/**
 * {@link JdbcTokenStore#update} waited longer than its lock timeout for the row lock of a connection, which another
 * transaction (a refresh in another instance, most likely) held all that time. Nothing was changed.
 */
public class RefreshLockTimeoutException extends JdbcStoreException {
    private static final long serialVersionUID = 1L;

    /** The connection whose lock was not obtained. */
    private final String connection;

    /** How long the store waited. */
    private final Duration timeout;

    /**
     * The lock of {@code connection} was not obtained within {@code timeout}; {@code cause} is the driver's.
     *
     * @param connection the connection whose lock was not obtained
     * @param timeout how long the store waited
     * @param cause the driver's exception
     */
    public RefreshLockTimeoutException(String connection, Duration timeout, Throwable cause) {
        super(
                "the refresh lock of connection " + connection + " was not obtained within " + timeout
                        + " (another instance holds it)",
                cause);
        this.connection = connection;
        this.timeout = timeout;
    }

    /** {@return the connection whose lock was not obtained} */
    public String connection() {
        return connection;
    }

    /** {@return how long the store waited} */
    public Duration timeout() {
        return timeout;
    }
}
