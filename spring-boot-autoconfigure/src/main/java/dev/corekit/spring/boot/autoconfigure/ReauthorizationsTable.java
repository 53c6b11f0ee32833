package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.jdbc.JdbcStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The table where the {@code corekit} health contributor marks the connections whose refresh was refused, created with
 * corekit's tables from the script {@value #SCRIPT} of this jar, with their prefix in place of {@code corekit_}.
 */
final class ReauthorizationsTable {
    /** The schema script, also run by applications' migrations: the one source of the table's definition. */
    static final String SCRIPT = "dev/corekit/spring/boot/postgresql.sql";

    // The advisory lock key of JdbcStores.createSchema ("corekit" in ASCII): one instance creates, the others wait.
    private static final long SCHEMA_LOCK = 0x636f72656b6974L;
    private static final String DEFAULT_PREFIX = "corekit_";

    private ReauthorizationsTable() {}

    /**
     * Creates {@code {tablePrefix}reauthorizations} where it does not exist; safe from every instance at once.
     *
     * @param tablePrefix the prefix of a {@code JdbcStores}, which checked it is a plain identifier
     */
    static void create(DataSource dataSource, String tablePrefix) {
        String table = tablePrefix + "reauthorizations";
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
                // PostgreSQL runs the script, comments and all, as one simple query.
                statement.execute(script().replace(DEFAULT_PREFIX, tablePrefix));
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

    /** The text of {@value #SCRIPT}. */
    private static String script() {
        try (InputStream in = ReauthorizationsTable.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from corekit-spring-boot-autoconfigure");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
