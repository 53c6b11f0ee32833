package dev.corekit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.client.Activity;
import dev.corekit.jdbc.JdbcStores;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.auth.InMemoryAuthorizationStore;
import dev.corekit.runtime.token.FileTokenStore;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.junit.CoreSandboxExtension;
import dev.corekit.spring.boot.CoreConnections;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The JDBC stores on the application's {@code DataSource}, a real PostgreSQL: chosen by default, configured by
 * {@code corekit.store.jdbc.*}, their schema created only when asked and else checked at start-up; two application
 * contexts on one database share logins and tokens. Another database (H2), two {@code DataSource}s without a primary,
 * or an application's own store leave corekit's JDBC stores out.
 */
@ExtendWith({CoreSandboxExtension.class, OutputCaptureExtension.class})
class JdbcStoreTest {
    private static final String KEY = Base64.getEncoder().encodeToString("corekit-boot-key-of-32-bytes-ok!".getBytes());
    private static final String OLD_KEY = Base64.getEncoder().encodeToString("an-older-key-16b".getBytes());

    private final CoreSandbox sandbox;

    @TempDir
    Path tokens;

    JdbcStoreTest(CoreSandbox sandbox) {
        this.sandbox = sandbox;
    }

    private ApplicationContextRunner runner(DataSource dataSource) {
        return SandboxRunner.runner(sandbox, tokens).withBean(DataSource.class, () -> dataSource);
    }

    @Test
    void postgresIsNotEmbeddedSoTheDefaultCreatesNoTableAndTheMissingTablesStopTheStartUp() {
        DataSource dataSource = Postgres.newSchema();
        runner(dataSource).run(context -> {
            assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(CorekitPropertiesException.class)
                    .hasMessage("corekit.store.jdbc.initialize-schema: is embedded, and the database has no table"
                            + " corekit_tokens, corekit_pending_authorizations");
            assertThat(Postgres.tables(dataSource)).isEmpty();
        });
    }

    @Test
    void theTablesOfTheMigrationsAreCheckedAndUsedNeverCreated() {
        DataSource dataSource = Postgres.newSchema();
        JdbcStores.builder(dataSource).tablePrefix("app_").build().createSchema();
        runner(dataSource)
                .withPropertyValues(
                        "corekit.store.jdbc.initialize-schema=never", "corekit.store.jdbc.table-prefix=app_")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    SandboxRunner.logIn(context.getBean(CoreApp.class), sandbox, "acme");
                    assertThat(Postgres.strings(dataSource, "SELECT connection FROM app_tokens"))
                            .containsExactly("acme");
                    assertThat(Postgres.tables(dataSource))
                            .containsExactlyInAnyOrder("app_tokens", "app_pending_authorizations");
                });
    }

    @Test
    void neverOnAnEmptySchemaStopsTheStartUpNamingTheProperty() {
        DataSource dataSource = Postgres.newSchema();
        runner(dataSource)
                .withPropertyValues("corekit.store.jdbc.initialize-schema=never")
                .run(context -> {
                    assertThat(context)
                            .getFailure()
                            .rootCause()
                            .isInstanceOf(CorekitPropertiesException.class)
                            .hasMessageStartingWith("corekit.store.jdbc.initialize-schema: is never");
                    assertThat(Postgres.tables(dataSource)).isEmpty();
                });
    }

    @Test
    void alwaysCreatesTheTablesWithThePrefix() {
        DataSource dataSource = Postgres.newSchema();
        runner(dataSource)
                .withPropertyValues(
                        "corekit.store.jdbc.initialize-schema=always", "corekit.store.jdbc.table-prefix=shop_")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(Postgres.tables(dataSource))
                            .containsExactlyInAnyOrder(
                                    "shop_tokens", "shop_pending_authorizations", "shop_reauthorizations");
                });
    }

    @Test
    void aLoginOnOneInstanceServesTheOtherThroughTheDatabaseEncrypted() {
        DataSource dataSource = Postgres.newSchema();
        ApplicationContextRunner instance = runner(dataSource)
                .withPropertyValues(
                        "corekit.store.jdbc.initialize-schema=always",
                        "corekit.store.jdbc.encryption.key-id=2027-01",
                        "corekit.store.jdbc.encryption.key=" + KEY,
                        "corekit.store.jdbc.encryption.retired.2026-06=" + OLD_KEY);
        instance.run(first -> instance.run(second -> {
            // The login starts on the first instance; the browser's redirect reaches the second.
            AuthorizationRequest login =
                    first.getBean(CoreApp.class).authorization().start("acme", Map.of("returnTo", "/invoices"));
            URI callback = sandbox.approve(login.uri());
            assertThat(second.getBean(CoreApp.class)
                            .authorization()
                            .complete(callback)
                            .applicationValues())
                    .containsEntry("returnTo", "/invoices");

            CoreConnections connections = first.getBean(CoreConnections.class);
            assertThat(connections.isConnected("acme")).isTrue();
            connections
                    .core("acme")
                    .activities()
                    .create(Activity.builder().code("QA").name("Testing").build());
            assertThat(second.getBean(CoreConnections.class)
                            .core("acme")
                            .activities()
                            .list(CoreQuery.all()))
                    .extracting(Activity::code)
                    .contains("QA");

            TokenSet stored = first.getBean(TokenStore.class).load("acme").orElseThrow();
            assertThat(Postgres.strings(dataSource, "SELECT key_id FROM corekit_tokens WHERE connection = 'acme'"))
                    .containsExactly("2027-01");
            assertThat(Postgres.strings(dataSource, "SELECT tokens FROM corekit_tokens"))
                    .singleElement()
                    .asString()
                    .doesNotContain(stored.accessToken())
                    .doesNotContain(String.valueOf(stored.refreshToken()));
        }));
    }

    @Test
    void fileStoreTypeIgnoresTheDataSource() {
        DataSource dataSource = Postgres.newSchema();
        runner(dataSource).withPropertyValues("corekit.store.type=file").run(context -> {
            assertThat(context).doesNotHaveBean(JdbcStores.class);
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(FileTokenStore.class);
        });
    }

    @Test
    void anApplicationJdbcStoresIsTheOneUsed() {
        DataSource dataSource = Postgres.newSchema();
        JdbcStores own = JdbcStores.builder(dataSource).tablePrefix("own_").build();
        own.createSchema();
        runner(dataSource)
                .withBean(JdbcStores.class, () -> own)
                .withPropertyValues("corekit.store.jdbc.initialize-schema=always")
                .run(context -> {
                    assertThat(context.getBean(TokenStore.class)).isSameAs(own.tokenStore());
                    // The application's stores are its own: corekit creates no table of its prefix.
                    assertThat(Postgres.tables(dataSource))
                            .containsExactlyInAnyOrder("own_tokens", "own_pending_authorizations");
                });
    }

    @Test
    void anotherDatabaseThanPostgresLeavesTheTokensInFilesAndSaysWhy(CapturedOutput output) throws Exception {
        DataSource h2 = h2();
        runner(h2).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(FileTokenStore.class);
            assertThat(context.getBean(AuthorizationStore.class)).isInstanceOf(InMemoryAuthorizationStore.class);
            SandboxRunner.logIn(context.getBean(CoreApp.class), sandbox, "acme");
            assertThat(context.getBean(CoreConnections.class).isConnected("acme"))
                    .isTrue();
        });
        assertThat(tokens).isNotEmptyDirectory();
        assertThat(output.getAll())
                .contains("corekit keeps tokens in files: the DataSource is H2, and corekit-jdbc's stores need"
                        + " PostgreSQL; corekit.store.type chooses the store");
        assertThat(Postgres.strings(
                        h2, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'"))
                .isEmpty();
    }

    @Test
    void jdbcOnAnotherDatabaseThanPostgresStopsTheStartUpNamingTheProperty() throws Exception {
        DataSource h2 = h2();
        runner(h2)
                .withPropertyValues("corekit.store.type=jdbc")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(CorekitPropertiesException.class)
                        .hasMessage(
                                "corekit.store.type: is jdbc, but the DataSource is H2, and corekit-jdbc's stores need"
                                        + " PostgreSQL"));
        assertThat(Postgres.strings(
                        h2, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'"))
                .isEmpty();
    }

    @Test
    void twoDataSourcesWithoutAPrimaryLeaveTheTokensInFiles() {
        DataSource first = Postgres.newSchema();
        DataSource second = Postgres.newSchema();
        SandboxRunner.runner(sandbox, tokens)
                .withBean("first", DataSource.class, () -> first)
                .withBean("second", DataSource.class, () -> second)
                .withPropertyValues("corekit.store.jdbc.initialize-schema=always")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(JdbcStores.class);
                    assertThat(context.getBean(TokenStore.class)).isInstanceOf(FileTokenStore.class);
                    assertThat(Postgres.tables(first)).isEmpty();
                    assertThat(Postgres.tables(second)).isEmpty();
                });
    }

    @Test
    void ofTwoDataSourcesThePrimaryHoldsTheTables() {
        DataSource first = Postgres.newSchema();
        DataSource second = Postgres.newSchema();
        SandboxRunner.runner(sandbox, tokens)
                .withBean("first", DataSource.class, () -> first)
                .withBean("second", DataSource.class, () -> second, bean -> bean.setPrimary(true))
                .withPropertyValues("corekit.store.jdbc.initialize-schema=always")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(JdbcStores.class);
                    assertThat(Postgres.tables(first)).isEmpty();
                    assertThat(Postgres.tables(second)).contains("corekit_tokens");
                });
    }

    @Test
    void anApplicationTokenStoreLeavesCorekitsJdbcStoresOutAndCreatesNoTable() {
        DataSource dataSource = Postgres.newSchema();
        InMemoryTokenStore own = new InMemoryTokenStore();
        runner(dataSource)
                .withBean(TokenStore.class, () -> own)
                .withPropertyValues("corekit.store.jdbc.initialize-schema=always")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(JdbcStores.class);
                    assertThat(context.getBean(TokenStore.class)).isSameAs(own);
                    assertThat(context.getBean(AuthorizationStore.class))
                            .isInstanceOf(InMemoryAuthorizationStore.class);
                    assertThat(Postgres.tables(dataSource)).isEmpty();
                });
    }

    @Test
    void anApplicationAuthorizationStoreLeavesCorekitsJdbcStoresOutAndCreatesNoTable() {
        DataSource dataSource = Postgres.newSchema();
        InMemoryAuthorizationStore own = new InMemoryAuthorizationStore(Duration.ofMinutes(5));
        runner(dataSource)
                .withBean(AuthorizationStore.class, () -> own)
                .withPropertyValues("corekit.store.jdbc.initialize-schema=always")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(JdbcStores.class);
                    assertThat(context.getBean(AuthorizationStore.class)).isSameAs(own);
                    assertThat(context.getBean(TokenStore.class)).isInstanceOf(FileTokenStore.class);
                    assertThat(Postgres.tables(dataSource)).isEmpty();
                });
    }

    private static final AtomicInteger H2_DATABASES = new AtomicInteger();

    /** An in-memory H2 database of its own, kept while the JVM runs. */
    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:corekit_" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }
}
