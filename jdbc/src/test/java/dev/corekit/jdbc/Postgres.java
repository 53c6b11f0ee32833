package dev.corekit.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL server per test JVM (zonky's embedded PostgreSQL: binaries from Maven Central), started on first
 * use and stopped when the JVM exits; each test works in a schema of its own.
 */
final class Postgres {
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

    /** A new, empty schema; {@link #dataSource} reaches it. */
    static String newSchema() {
        String schema = "test_" + SCHEMAS.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return schema;
    }

    /**
     * A data source whose connections work in {@code schema}; each call is a separate one, as another process would
     * have (every {@code getConnection} opens its own session).
     */
    static DataSource dataSource(String schema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {server().getPort()});
        dataSource.setDatabaseName("postgres");
        dataSource.setUser("postgres");
        dataSource.setCurrentSchema(schema);
        return dataSource;
    }

    /** A data source of a new schema where the stores' tables were created. */
    static DataSource newDatabase() {
        DataSource dataSource = dataSource(newSchema());
        JdbcStores.builder(dataSource).build().createSchema();
        return dataSource;
    }
}
