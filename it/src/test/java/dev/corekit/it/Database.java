package dev.corekit.it;

import dev.corekit.jdbc.EncryptionKeys;
import dev.corekit.jdbc.JdbcStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL server for this test JVM (embedded: its binaries come from Maven Central), started on first use
 * and stopped when the JVM exits. Each test gets a schema of its own, named in a JDBC URL that other JVMs can use too.
 */
final class Database {
    /** The key every instance of the application is configured with: tokens and verifiers are encrypted at rest. */
    static final EncryptionKeys KEYS = EncryptionKeys.current(
            "it-2026",
            new SecretKeySpec("corekit-it-key-of-32-bytes-long!".getBytes(StandardCharsets.US_ASCII), "AES"));

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private Database() {}

    /** A JDBC URL of a new schema holding corekit's tables. */
    static String newSchema() {
        String schema = "it_" + SCHEMAS.incrementAndGet();
        String url =
                "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/postgres?user=postgres&currentSchema=" + schema;
        try (Connection connection = dataSource(url).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema, e);
        }
        stores(url).createSchema();
        return url;
    }

    /** The stores of an application instance on the database of {@code url}: a new instance on each call. */
    static JdbcStores stores(String url) {
        return JdbcStores.builder(dataSource(url)).encryption(KEYS).build();
    }

    /** Sessions of their own, as another process would have. */
    static DataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        return dataSource;
    }

    private static EmbeddedPostgres server() {
        return Server.STARTED;
    }

    /** Started when first needed, by the class loader's lock. */
    private static final class Server {
        static final EmbeddedPostgres STARTED = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server)));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }

        private static void stop(EmbeddedPostgres server) {
            try {
                server.close();
            } catch (IOException e) {
                // The JVM is exiting; the server's files are temporary.
            }
        }
    }
}
