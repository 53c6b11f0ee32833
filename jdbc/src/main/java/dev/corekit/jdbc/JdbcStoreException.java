package dev.corekit.jdbc;

import dev.corekit.runtime.error.CoreException;

/**
 * A JDBC store could not read or write its table; the message names the operation and the connection (never a token
 * or verifier), the cause is a {@link java.sql.SQLException} with the driver's SQLState, vendor code, stack trace and the
 * first line of its message (what follows, such as PostgreSQL's failing row, may hold secrets).
 */
public class JdbcStoreException extends CoreException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure described by {@code message} (no secret in it), caused by the driver's {@code cause}.
     *
     * @param message what failed, without a secret
     * @param cause the driver's exception
     */
    public JdbcStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
