package dev.corekit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Runs work on a connection of the application's {@link DataSource}: in one transaction, committed when the work
 * returns and rolled back when it throws anything, and hands the connection back as it was lent (auto-commit and
 * isolation restored), so a pool can lend it again.
 */
final class Transactions {
    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Work on a connection inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in a READ COMMITTED transaction (what row locks need: a waiter reads the row its holder
     * committed).
     *
     * @param failure turns a driver failure (as {@link DriverFailure} keeps it) into the exception to throw
     */
    <T> T run(Work<T> work, Function<SQLException, RuntimeException> failure) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            T result;
            try {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollbackAndRestore(connection, autoCommit, isolation, e);
                throw e;
            }
            restore(connection, autoCommit, isolation);
            return result;
        } catch (SQLException e) {
            throw failure.apply(DriverFailure.withoutValues(e));
        }
    }

    private static void rollbackAndRestore(Connection connection, boolean autoCommit, int isolation, Throwable cause) {
        try {
            connection.rollback();
            restore(connection, autoCommit, isolation);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restore(Connection connection, boolean autoCommit, int isolation) throws SQLException {
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(autoCommit);
    }
}
