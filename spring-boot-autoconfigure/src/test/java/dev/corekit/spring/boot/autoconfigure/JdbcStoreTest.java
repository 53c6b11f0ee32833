package dev.corekit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.client.Activity;
import dev.corekit.jdbc.JdbcStores;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.token.FileTokenStore;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.junit.CoreSandboxExtension;
import dev.corekit.spring.boot.CoreConnections;
import java.net.URI;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The JDBC stores on the application's {@code DataSource}, a real PostgreSQL: chosen by default, configured by
 * {@code corekit.store.jdbc.*}, their schema created only when asked; two application contexts on one database share
 * logins and tokens.
 */
@ExtendWith(CoreSandboxExtension.class)
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
    void postgresIsNotEmbeddedSoTheDefaultCreatesNoTable() {
        DataSource dataSource = Postgres.newSchema();
        runner(dataSource).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(JdbcStores.class);
            assertThat(context.getBean(TokenStore.class))
                    .isSameAs(context.getBean(JdbcStores.class).tokenStore());
            assertThat(Postgres.tables(dataSource)).isEmpty();
        });
    }

    @Test
    void neverCreatesNoTable() {
        DataSource dataSource = Postgres.newSchema();
        runner(dataSource)
                .withPropertyValues("corekit.store.jdbc.initialize-schema=never")
                .run(context -> {
                    assertThat(context).hasNotFailed();
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
}
