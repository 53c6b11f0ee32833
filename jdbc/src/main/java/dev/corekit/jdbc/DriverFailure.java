package dev.corekit.jdbc;

import java.sql.SQLException;

/**
 * What a store keeps of a driver's failure as the cause of its own exception. PostgreSQL adds the failing row to some
 * errors ({@code Detail: Failing row contains (...)}, tokens and verifiers included), and drivers chain more: only the
 * first line of the message, the SQLState, the vendor code and the stack trace are kept.
 */
final class DriverFailure {
    private DriverFailure() {}

    static SQLException withoutValues(SQLException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        int newline = message.indexOf('\n');
        String firstLine = (newline < 0 ? message : message.substring(0, newline)).strip();
        // The driver's own class (PSQLException, ...) says where the failure came from.
        String origin = failure.getClass() == SQLException.class
                ? ""
                : failure.getClass().getName() + ": ";
        SQLException kept = new SQLException(origin + firstLine, failure.getSQLState(), failure.getErrorCode());
        kept.setStackTrace(failure.getStackTrace());
        return kept;
    }
}
