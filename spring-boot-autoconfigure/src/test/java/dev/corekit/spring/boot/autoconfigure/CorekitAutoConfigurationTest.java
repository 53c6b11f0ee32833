package dev.corekit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.client.Activity;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.auth.InMemoryAuthorizationStore;
import dev.corekit.runtime.metrics.CallOutcome;
import dev.corekit.runtime.metrics.CoreMetrics;
import dev.corekit.runtime.token.FileTokenStore;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.journal.JournalEntry;
import dev.corekit.sandbox.junit.CoreSandboxExtension;
import dev.corekit.spring.boot.CoreConnections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The beans of {@link CorekitAutoConfiguration}, against the sandbox: a login, then calls through them. */
@ExtendWith(CoreSandboxExtension.class)
class CorekitAutoConfigurationTest {
    private final CoreSandbox sandbox;

    @TempDir
    Path tokens;

    CorekitAutoConfigurationTest(CoreSandbox sandbox) {
        this.sandbox = sandbox;
    }

    private ApplicationContextRunner runner() {
        return SandboxRunner.runner(sandbox, tokens);
    }

    private void logIn(CoreApp app, String connection) {
        SandboxRunner.logIn(app, sandbox, connection);
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

    @Test
    void aConnectionIsConnectedWhileItsTokensAreUsable() {
        runner().withPropertyValues("corekit.store.type=memory").run(context -> {
            TokenStore store = context.getBean(TokenStore.class);
            CoreConnections connections = context.getBean(CoreConnections.class);
            Instant now = Instant.now();
            store.save("expired", tokens(null, now.minusSeconds(7200), now.minusSeconds(3600)));
            store.save("refreshable", tokens("refresh", now.minusSeconds(7200), now.minusSeconds(3600)));
            store.save("valid", tokens(null, now, now.plusSeconds(3600)));

            assertThat(connections.isConnected("expired")).isFalse();
            assertThat(connections.isConnected("refreshable")).isTrue();
            assertThat(connections.isConnected("valid")).isTrue();
            assertThat(connections.isConnected("never")).isFalse();
        });
    }

    private static TokenSet tokens(String refreshToken, Instant receivedAt, Instant expiresAt) {
        return new TokenSet(
                "access", refreshToken, "Bearer", receivedAt, expiresAt, Set.of("readwrite:core"), null, null);
    }

    @Test
    void everyCoreMetricsBeanHearsOfEveryCallEvenWhenOneThrows() {
        runner().withPropertyValues("corekit.store.type=memory")
                .withUserConfiguration(TwoMetrics.class)
                .run(context -> {
                    logIn(context.getBean(CoreApp.class), "acme");
                    context.getBean(CoreConnections.class)
                            .core("acme")
                            .activities()
                            .list(CoreQuery.all());

                    assertThat(TwoMetrics.FIRST).containsExactly("activity.list SUCCESS");
                    assertThat(TwoMetrics.SECOND).containsExactly("activity.list SUCCESS");
                });
    }

    @Test
    void noCoreMetricsBeanMeansNoMetrics() {
        runner().withPropertyValues("corekit.store.type=memory").run(context -> {
            assertThat(context).doesNotHaveBean(CoreMetrics.class);
            logIn(context.getBean(CoreApp.class), "acme");
            assertThat(context.getBean(CoreConnections.class)
                            .core("acme")
                            .activities()
                            .list(CoreQuery.all()))
                    .isNotNull();
            JournalEntry call = sandbox.journal().last();
            assertThat(call.method()).isEqualTo("GET");
            assertThat(call.path()).endsWith("/activity");
            assertThat(call.status()).isEqualTo(200);
        });
    }

    @Test
    void applicationStoresAndConnectionsWin() {
        runner().withUserConfiguration(OwnStoresAndConnections.class).run(context -> {
            assertThat(context).getBeans(AuthorizationStore.class).hasSize(1);
            assertThat(context.getBean(AuthorizationStore.class)).isSameAs(OwnStoresAndConnections.PENDING);
            assertThat(context).getBeans(CoreConnections.class).hasSize(1);
            assertThat(context.getBean(CoreConnections.class)).isSameAs(OwnStoresAndConnections.connections);
            // The app starts its logins in the application's store.
            context.getBean(CoreApp.class).authorization().start("acme", Map.of());
            assertThat(OwnStoresAndConnections.PENDING.toString()).contains("pending=1");
        });
    }

    @Test
    void aTokenDirectoryThatCannotBeCreatedIsNamed() throws Exception {
        Path file = Files.writeString(tokens.resolve("not-a-directory"), "x");
        runner().withPropertyValues("corekit.store.file.directory=" + file.resolve("tokens"))
                .run(context -> {
                    FailureAnalysis report =
                            new CorekitPropertiesFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(report.getDescription())
                            .startsWith(
                                    "corekit is configured wrongly: corekit.store.file.directory: cannot prepare the"
                                            + " token directory");
                    assertThat(report.getAction()).startsWith("Set corekit.store.file.directory to a directory");
                });
    }

    @Test
    void okHttpAskedForButAbsentIsNamed() {
        runner().withClassLoader(new FilteredClassLoader("okhttp3."))
                .withPropertyValues("corekit.store.type=memory", "corekit.http-client=okhttp")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(CorekitPropertiesException.class)
                        .hasMessage("corekit.http-client: is okhttp, but OkHttp (com.squareup.okhttp3:okhttp) is not on"
                                + " the class path"));
    }

    @Test
    void aJdbcStoreWithoutCorekitJdbcIsNamed() {
        runner().withClassLoader(new FilteredClassLoader("dev.corekit.jdbc."))
                .withBean(DataSource.class, () -> new PGSimpleDataSource())
                .withPropertyValues("corekit.store.type=jdbc")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(CorekitPropertiesException.class)
                        .hasMessage("corekit.store.type: is jdbc, but corekit-jdbc is not on the class path"));
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoMetrics {
        static final List<String> FIRST = new CopyOnWriteArrayList<>();
        static final List<String> SECOND = new CopyOnWriteArrayList<>();

        @Bean
        @Order(1)
        CoreMetrics throwingMetrics() {
            return new CoreMetrics() {
                @Override
                public void callEnded(
                        String resource, String method, CallOutcome outcome, Throwable failure, long nanos) {
                    FIRST.add(resource + "." + method + " " + outcome);
                    throw new IllegalStateException("a failing meter");
                }
            };
        }

        @Bean
        @Order(2)
        CoreMetrics recordingMetrics() {
            return new CoreMetrics() {
                @Override
                public void callEnded(
                        String resource, String method, CallOutcome outcome, Throwable failure, long nanos) {
                    SECOND.add(resource + "." + method + " " + outcome);
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnStoresAndConnections {
        static final InMemoryAuthorizationStore PENDING = new InMemoryAuthorizationStore();
        static CoreConnections connections;

        @Bean
        AuthorizationStore ownAuthorizationStore() {
            return PENDING;
        }

        @Bean
        CoreConnections ownConnections(CoreApp app) {
            connections = new CoreConnections(app, new InMemoryTokenStore(), () -> null, Clock.systemUTC());
            return connections;
        }
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
