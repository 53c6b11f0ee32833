package dev.corekit.samples.springboot;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.api.CompanyData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the sample runs against outside production: CORE's sandbox on 127.0.0.1 (its demo app and user, with a few
 * activities in {@value #COMPANY}) and a PostgreSQL server started from Maven Central's binaries. Each
 * {@link #startApp} is an instance of the sample on a port of its own, configured as {@code application.yml} reads
 * it, plus the two settings the sandbox needs.
 */
final class Backends implements AutoCloseable {
    /** The sandbox company the tests connect. */
    static final String COMPANY = "demo-company-a";

    /** The codes of the activities seeded in {@link #COMPANY}. */
    static final List<String> ACTIVITY_CODES = List.of("DEV", "DOC", "QA");

    /** A key for the tokens at rest (the sample's {@code COREKIT_TOKEN_KEY}): AES-256, base64. */
    private static final String TOKEN_KEY =
            Base64.getEncoder().encodeToString("sample-key-of-32-bytes-long-ok!!".getBytes(StandardCharsets.US_ASCII));

    private final CoreSandbox sandbox;
    private final EmbeddedPostgres postgres;

    private Backends(CoreSandbox sandbox, EmbeddedPostgres postgres) {
        this.sandbox = sandbox;
        this.postgres = postgres;
    }

    /** Starts the sandbox, seeds its activities, and starts PostgreSQL. */
    static Backends start() throws IOException {
        CoreSandbox sandbox = CoreSandbox.start();
        try {
            CompanyData company = sandbox.api().company(COMPANY);
            List<String> names = List.of("Development", "Documentation", "Testing");
            for (int i = 0; i < ACTIVITY_CODES.size(); i++) {
                company.put(
                        "activity",
                        JsonNodeFactory.instance
                                .objectNode()
                                .put("code", ACTIVITY_CODES.get(i))
                                .put("name", names.get(i))
                                .put("billable", true)
                                .put("isActive", true));
            }
            return new Backends(sandbox, EmbeddedPostgres.start());
        } catch (IOException | RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    /** {@return the sandbox} */
    CoreSandbox sandbox() {
        return sandbox;
    }

    /** {@return the JDBC URL of the database the instances share} */
    String databaseUrl() {
        return databaseUrl("postgres");
    }

    /**
     * Creates a database of its own on the server.
     *
     * @return its JDBC URL
     */
    String newDatabase(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return databaseUrl(name);
    }

    private String databaseUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    /**
     * Starts an instance of the sample on {@code port}.
     *
     * @param port the port, see {@link #freePort()}
     * @param databaseUrl the database of its tokens and started logins
     * @param more further command-line arguments
     * @return the running application
     */
    ConfigurableApplicationContext startApp(int port, String databaseUrl, String... more) {
        List<String> args = new ArrayList<>(List.of(
                // What application.yml reads from the environment.
                "--DATABASE_URL=" + databaseUrl,
                "--CORE_CLIENT_ID=" + SandboxConfig.DEMO_CLIENT_ID,
                "--CORE_CLIENT_SECRET=" + SandboxConfig.DEMO_CLIENT_SECRET,
                // The sandbox registers http://127.0.0.1/callback for its demo app: any port matches.
                "--APP_URL=http://127.0.0.1:" + port,
                "--COREKIT_TOKEN_KEY=" + TOKEN_KEY,
                // The sandbox instead of CORE.
                "--corekit.identity-server=" + sandbox.identityUrl(),
                "--corekit.allow-insecure-loopback=true",
                "--server.address=127.0.0.1",
                "--server.port=" + port));
        args.addAll(List.of(more));
        return SpringApplication.run(SampleApplication.class, args.toArray(String[]::new));
    }

    /** {@return a port free on 127.0.0.1 now} An instance's redirect URI names its port before it starts. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop PostgreSQL", e);
        } finally {
            sandbox.close();
        }
    }
}
