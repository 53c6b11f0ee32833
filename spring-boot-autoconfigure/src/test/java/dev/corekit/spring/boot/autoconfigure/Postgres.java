package dev.corekit.spring.boot.autoconfigure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL server per test JVM (zonky's embedded PostgreSQL: binaries from Maven Central), started on first
 * use and stopped when the JVM exits; each test works in a schema of its own. Shared by the tests of every package of
 * the module.
 */
public final class Postgres {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres server;

    private Postgres() {}

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // The JVM is exiting; the server's directory is temporary.
                }
            }));
        }
        return server;
    }

    /** A data source of a new, empty schema; each {@code getConnection} opens a session of its own. */
    public static DataSource newSchema() {
        String schema = "boot_" + SCHEMAS.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {server().getPort()});
        dataSource.setDatabaseName("postgres");
        dataSource.setUser("postgres");
        dataSource.setCurrentSchema(schema);
        return dataSource;
    }

    /** The script of the jar that creates the table of the reauthorization markers, for PostgreSQL. */
    public static final String MARKER_SCRIPT = "dev/corekit/spring/boot/postgresql.sql";

    /** {@return the jar's {@link #MARKER_SCRIPT}, its tables named with {@code prefix} instead of {@code corekit_}} */
    public static String markerScript(String prefix) {
        try (InputStream in = Postgres.class.getClassLoader().getResourceAsStream(MARKER_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("no " + MARKER_SCRIPT + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("corekit_", prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code sql} (one statement or a script) on {@code dataSource}; returns the rows its first statement changed. */
    public static int execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return statement.getUpdateCount();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the tables of the data source's schema, by name} */
    public static List<String> tables(DataSource dataSource) throws SQLException {
        return strings(
                dataSource,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " ORDER BY table_name");
    }

    /** {@return the first column of every row {@code sql} selects, as text} */
    public static List<String> strings(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
