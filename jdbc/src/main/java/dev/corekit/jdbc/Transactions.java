package dev.corekit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Runs work on a connection of the application's {@link DataSource}: in one READ COMMITTED transaction, committed
 * when the work returns and rolled back when it throws anything, and hands the connection back with auto-commit as it
 * was lent, so a pool can lend it again. The data source must lend connections with no transaction under way (a plain
 * pool, not one that joins a transaction of the application's).
 */
final class Transactions {
    // First statement of every transaction: no get/set round trips of the session's isolation level.
    private static final String READ_COMMITTED = "SET TRANSACTION ISOLATION LEVEL READ COMMITTED";

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
     * committed). Whatever the work throws propagates unchanged, with any failure of the rollback or of restoring
     * auto-commit added as suppressed.
     *
     * @param failure turns a driver failure (as {@link DriverFailure} keeps it) into the exception to throw
     */
    <T> T run(Work<T> work, Function<SQLException, RuntimeException> failure) {
        try (Connection connection = dataSource.getConnection()) {
            return inTransaction(connection, work);
        } catch (SQLException e) {
            throw failure.apply(DriverFailure.withoutValues(e));
        }
    }

    /** Bounds every lock wait of the current transaction by {@code timeout} ({@code SET LOCAL lock_timeout}). */
    static void boundLockWaits(Connection connection, Duration timeout) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('lock_timeout', ?, true)")) {
            statement.setString(1, timeout.toMillis() + "ms");
            statement.execute();
        }
    }

    private static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        T result;
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(READ_COMMITTED);
            }
            result = work.run(connection);
            connection.commit();
        } catch (Throwable e) {
            // Throwable: a checked exception thrown sneakily must not leave the transaction to a later commit.
            try {
                connection.rollback();
            } catch (Throwable rollback) {
                e.addSuppressed(rollback);
            }
            try {
                connection.setAutoCommit(autoCommit);
            } catch (Throwable restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        connection.setAutoCommit(autoCommit);
        return result;
    }
}
