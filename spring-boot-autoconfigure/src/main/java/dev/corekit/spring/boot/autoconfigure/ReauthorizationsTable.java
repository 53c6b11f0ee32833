package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.jdbc.JdbcStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The table where the {@code corekit} health contributor marks the connections whose refresh was refused, created with
 * corekit's tables, with their prefix:
 *
 * <pre>{@code
 * CREATE TABLE IF NOT EXISTS corekit_reauthorizations (
 *     connection   VARCHAR(255) NOT NULL PRIMARY KEY,
 *     required_at  TIMESTAMP WITH TIME ZONE NOT NULL
 * );
 * }</pre>
 */
final class ReauthorizationsTable {
    // The advisory lock key of JdbcStores.createSchema ("corekit" in ASCII): one instance creates, the others wait.
    private static final long SCHEMA_LOCK = 0x636f72656b6974L;

    private ReauthorizationsTable() {}

    /** Creates {@code {tablePrefix}reauthorizations} where it does not exist; safe from every instance at once. */
    static void create(DataSource dataSource, String tablePrefix) {
        String table = tablePrefix + "reauthorizations";
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
                statement.execute("CREATE TABLE IF NOT EXISTS " + table
                        + " (connection VARCHAR(255) NOT NULL PRIMARY KEY,"
                        + " required_at TIMESTAMP WITH TIME ZONE NOT NULL)");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new JdbcStoreException("could not create the table " + table, e);
        }
    }
}
