package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.jdbc.JdbcStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
                for (String sql : statements(tablePrefix)) {
                    statement.execute(sql);
                }
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

    /** The statements of {@value #SCRIPT}, without its comments, with {@code tablePrefix}. */
    static List<String> statements(String tablePrefix) {
        String script;
        try (InputStream in = ReauthorizationsTable.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from corekit-spring-boot-autoconfigure");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            code.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
        }
        List<String> statements = new ArrayList<>();
        for (String statement : code.toString().split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip().replace(DEFAULT_PREFIX, tablePrefix));
            }
        }
        return statements;
    }
}
