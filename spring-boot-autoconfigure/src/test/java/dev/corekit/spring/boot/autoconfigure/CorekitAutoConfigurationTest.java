package dev.corekit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.client.Activity;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.auth.InMemoryAuthorizationStore;
import dev.corekit.runtime.token.FileTokenStore;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.journal.JournalEntry;
import dev.corekit.spring.boot.CoreConnections;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans of {@link CorekitAutoConfiguration}, against the sandbox: a login, then calls through them. */
class CorekitAutoConfigurationTest {
    private static CoreSandbox sandbox;

    @TempDir
    Path tokens;

    @BeforeAll
    static void startSandbox() {
        sandbox = CoreSandbox.start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CorekitAutoConfiguration.class))
                .withPropertyValues(
                        "corekit.client-id=" + SandboxConfig.DEMO_CLIENT_ID,
                        "corekit.client-secret=" + SandboxConfig.DEMO_CLIENT_SECRET,
                        "corekit.redirect-uri=http://127.0.0.1:8080/callback",
                        "corekit.identity-server=" + sandbox.identityUrl(),
                        "corekit.allow-insecure-loopback=true",
                        "corekit.store.file.directory=" + tokens);
    }

    /** Logs {@code connection} in at the sandbox as the demo user, through the app's own flow. */
    static void logIn(CoreApp app, String connection) {
        URI callback =
                sandbox.approve(app.authorization().start(connection, Map.of()).uri());
        app.authorization().complete(callback);
    }

    @Test
    void aLoginStoresTokensInFilesAndCoreConnectionsCallsCoreWithThem() {
        runner().run(context -> {
            assertThat(context).hasNotFailed();
            CoreConnections connections = context.getBean(CoreConnections.class);
            assertThat(connections.isConnected("acme")).isFalse();
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(FileTokenStore.class);
            assertThat(context.getBean(AuthorizationStore.class)).isInstanceOf(InMemoryAuthorizationStore.class);

            logIn(context.getBean(CoreApp.class), "acme");

            assertThat(connections.isConnected("acme")).isTrue();
            assertThat(Files.list(tokens)).isNotEmpty();
            connections
                    .core("acme")
                    .activities()
                    .create(Activity.builder().code("DEV").name("Development").build());
            List<Activity> activities = connections.core("acme").activities().list(CoreQuery.all());
            assertThat(activities).extracting(Activity::code).containsExactly("DEV");
            JournalEntry call = sandbox.journal().last();
            assertThat(call.path()).endsWith("/activity");
            assertThat(call.status()).isEqualTo(200);
        });
    }

    @Test
    void memoryStoreKeepsTokensInMemory() {
        runner().withPropertyValues("corekit.store.type=memory").run(context -> {
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(InMemoryTokenStore.class);
            logIn(context.getBean(CoreApp.class), "acme");
            assertThat(context.getBean(CoreConnections.class).isConnected("acme"))
                    .isTrue();
            assertThat(Files.list(tokens)).isEmpty();
        });
    }

    @Test
    void anApplicationTokenStoreIsTheOneTheAppStoresTokensIn() {
        runner().withUserConfiguration(OwnTokenStore.class).run(context -> {
            assertThat(context).getBeans(TokenStore.class).hasSize(1);
            logIn(context.getBean(CoreApp.class), "acme");
            assertThat(OwnTokenStore.STORE.load("acme")).isPresent();
            assertThat(Files.list(tokens)).isEmpty();
        });
    }

    @Test
    void anApplicationCoreAppWins() {
        runner().withUserConfiguration(OwnCoreApp.class).run(context -> {
            assertThat(context).getBeans(CoreApp.class).hasSize(1);
            assertThat(context.getBean(CoreApp.class).toString()).contains("clientId=own-app");
            assertThat(context.getBean(CoreConnections.class).client("acme").toString())
                    .contains("own-app");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnTokenStore {
        static final InMemoryTokenStore STORE = new InMemoryTokenStore();

        @Bean
        TokenStore ownTokenStore() {
            return STORE;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnCoreApp {
        @Bean
        CoreApp ownCoreApp() {
            return CoreApp.builder()
                    .clientId("own-app")
                    .redirectUri("https://app.example.com/callback")
                    .scopes("readwrite:core")
                    .build();
        }
    }
}
