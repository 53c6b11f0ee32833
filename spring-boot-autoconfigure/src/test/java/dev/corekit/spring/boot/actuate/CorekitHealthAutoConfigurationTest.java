package dev.corekit.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.corekit.client.ActivityApi;
import dev.corekit.jdbc.JdbcStores;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.token.FileTokenStore;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.journal.JournalEntry;
import dev.corekit.spring.boot.autoconfigure.CorekitAutoConfiguration;
import dev.corekit.spring.boot.autoconfigure.CorekitPropertiesException;
import dev.corekit.spring.boot.autoconfigure.SandboxRunner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code corekit} health contributor of one instance, against the sandbox, on a clock the test moves. */
class CorekitHealthAutoConfigurationTest {
    private static final String HEALTH = "corekitHealthIndicator";

    private CoreSandbox sandbox;
    private SandboxClock clock;
    private ApplicationContextRunner runner;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
        clock = new SandboxClock(Clock.fixed(Instant.now(), ZoneOffset.UTC));
        runner = runner(sandbox.identityUrl());
    }

    private ApplicationContextRunner runner(String identityServer) {
        return new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(CorekitAutoConfiguration.class, CorekitHealthAutoConfiguration.class))
                .withPropertyValues(SandboxRunner.properties(identityServer))
                .withPropertyValues("corekit.store.type=memory")
                .withBean(Clock.class, () -> clock);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void upWhenTheIdentityServerServesItsDiscoveryDocument() {
        runner.run(context -> {
            Health health = context.getBean(HEALTH, HealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails())
                    .containsExactly(
                            Map.entry("identityServer", sandbox.identityUrl()),
                            Map.entry("connectionsNeedingLogin", 0));
            assertThat(sandbox.journal().entries("/.well-known/openid-configuration"))
                    .hasSize(1);
        });
    }

    @Test
    void aResultIsReusedForTheCacheDurationByTheClock() {
        runner.withPropertyValues("corekit.health.cache=10s").run(context -> {
            HealthIndicator indicator = context.getBean(HEALTH, HealthIndicator.class);

            indicator.health();
            clock.advance(Duration.ofMillis(9_999));
            indicator.health();
            assertThat(sandbox.journal().entries("/.well-known/openid-configuration"))
                    .hasSize(1);

            clock.advance(Duration.ofMillis(1));
            indicator.health();
            assertThat(sandbox.journal().entries("/.well-known/openid-configuration"))
                    .hasSize(2);
        });
    }

    @Test
    void downWithAReasonWhenNothingListensAtTheIdentityServer() {
        String closed = "http://127.0.0.1:" + SandboxApps.closedPort() + "/idp";
        runner(closed).run(context -> {
            Health health = context.getBean(HEALTH, HealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails())
                    .containsExactly(
                            Map.entry("identityServer", closed),
                            Map.entry("connectionsNeedingLogin", 0),
                            Map.entry("reason", "could not connect to the identity server"));
            assertThat(health.toString()).doesNotContain(SandboxConfig.DEMO_CLIENT_SECRET);
        });
    }

    @Test
    void downWhenTheIdentityServerDoesNotAnswerWithinTheTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (HoldingIdentityServer identityServer = holdingIdentityServer(release, exchange -> {
            await(release);
            exchange.close();
        })) {
            runner(identityServer.url())
                    .withPropertyValues("corekit.health.identity-server-timeout=200ms")
                    .run(context -> {
                        Health health =
                                context.getBean(HEALTH, HealthIndicator.class).health();

                        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                        assertThat(health.getDetails())
                                .containsEntry("reason", "the identity server did not answer within 200 ms");
                    });
        }
    }

    /**
     * An identity server on 127.0.0.1 whose handler may hold its answers on {@code release}; closing it releases them,
     * stops it and its threads.
     */
    private record HoldingIdentityServer(HttpServer server, ExecutorService threads, CountDownLatch release)
            implements AutoCloseable {
        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            release.countDown();
            server.stop(0);
            threads.shutdownNow();
        }
    }

    /** Starts an identity server on 127.0.0.1 answering with {@code handler}, which may wait on {@code release}. */
    private static HoldingIdentityServer holdingIdentityServer(CountDownLatch release, HttpHandler handler)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/", handler);
        server.start();
        return new HoldingIdentityServer(server, threads, release);
    }

    /** Waits for {@code latch}, keeping the interrupt of a stopping server. */
    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void countsOnANonPostgresDatabaseWhereTheTokensAreInFiles(@TempDir Path tokens) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:corekit_health_markers;DB_CLOSE_DELAY=-1");
        runner.withBean(DataSource.class, () -> h2)
                .withPropertyValues(
                        "corekit.store.type=auto", "corekit.store.file.directory=" + tokens, "corekit.health.cache=0s")
                .run(context -> {
                    assertThat(context).hasSingleBean(JdbcStores.class);
                    assertThat(context.getBean(TokenStore.class)).isInstanceOf(FileTokenStore.class);
                    CoreApp app = context.getBean(CoreApp.class);
                    HealthIndicator indicator = context.getBean(HEALTH, HealthIndicator.class);
                    SandboxRunner.logIn(app, sandbox, "acme");
                    revokeGrant(context.getBean(TokenStore.class), "acme");

                    assertThatThrownBy(() -> app.connection("acme")
                                    .api(ActivityApi.class)
                                    .list(CoreQuery.all()))
                            .isInstanceOf(ReauthorizationRequiredException.class);

                    assertThat(indicator.health().getDetails())
                            .containsEntry("connectionsNeedingLogin", 1)
                            .doesNotContainKey("connectionsNeedingLoginUnknown");
                });
    }

    @Test
    void countsAConnectionWhoseRefreshWasRefusedUntilItLogsInAgain() {
        runner.withPropertyValues("corekit.health.cache=0s").run(context -> {
            CoreApp app = context.getBean(CoreApp.class);
            HealthIndicator indicator = context.getBean(HEALTH, HealthIndicator.class);
            SandboxRunner.logIn(app, sandbox, "acme");
            SandboxRunner.logIn(app, sandbox, "globex");
            revokeGrant(context.getBean(TokenStore.class), "acme");

            ActivityApi activities = app.connection("acme").api(ActivityApi.class);
            assertThatThrownBy(() -> activities.list(CoreQuery.all()))
                    .isInstanceOf(ReauthorizationRequiredException.class);
            app.connection("globex").api(ActivityApi.class).list(CoreQuery.all());
            assertThat(indicator.health().getDetails()).containsEntry("connectionsNeedingLogin", 1);

            SandboxRunner.logIn(app, sandbox, "acme");
            assertThat(indicator.health().getDetails()).containsEntry("connectionsNeedingLogin", 0);
            assertThat(context.getBean(ReauthorizationMarkers.class).marked()).isEmpty();
        });
    }

    @Test
    void countingMarkedConnectionsCallsNeitherTheApiNorTheTokenEndpoint() {
        runner.withPropertyValues("corekit.health.cache=0s").run(context -> {
            CoreApp app = context.getBean(CoreApp.class);
            HealthIndicator indicator = context.getBean(HEALTH, HealthIndicator.class);
            for (String connection : List.of("acme", "globex")) {
                SandboxRunner.logIn(app, sandbox, connection);
                revokeGrant(context.getBean(TokenStore.class), connection);
                assertThatThrownBy(() -> app.connection(connection)
                                .api(ActivityApi.class)
                                .list(CoreQuery.all()))
                        .isInstanceOf(ReauthorizationRequiredException.class);
            }
            assertThat(context.getBean(ReauthorizationMarkers.class).marked()).containsOnlyKeys("acme", "globex");
            sandbox.journal().clear();

            assertThat(indicator.health().getDetails()).containsEntry("connectionsNeedingLogin", 2);
            assertThat(indicator.health().getDetails()).containsEntry("connectionsNeedingLogin", 2);

            assertThat(sandbox.journal().entries())
                    .extracting(JournalEntry::method, JournalEntry::path)
                    .containsExactly(tuple("GET", discoveryPath()), tuple("GET", discoveryPath()));
        });
    }

    @Test
    void whileTheIdentityServerHoldsItsAnswerOtherCallersGetTheLastResult() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger requests = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (HoldingIdentityServer identityServer = holdingIdentityServer(release, exchange -> {
            if (requests.incrementAndGet() == 2) {
                held.countDown();
                await(release);
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        })) {
            runner(identityServer.url())
                    .withPropertyValues("corekit.health.cache=0s", "corekit.health.identity-server-timeout=1m")
                    .run(context -> {
                        HealthIndicator indicator = context.getBean(HEALTH, HealthIndicator.class);
                        Health first = indicator.health();
                        assertThat(first.getStatus()).isEqualTo(Status.UP);

                        Future<Health> waiting = callers.submit((Callable<Health>) indicator::health);
                        held.await();
                        // The identity server holds its answer to the check above: this caller does not wait for it
                        // (the bound only turns a caller that queues behind the check into a failure).
                        assertThat(callers.submit((Callable<Health>) indicator::health)
                                        .get(30, TimeUnit.SECONDS))
                                .isSameAs(first);
                        assertThat(waiting).isNotDone();

                        release.countDown();
                        assertThat(waiting.get().getStatus()).isEqualTo(Status.UP);
                        assertThat(requests).hasValue(2);
                    });
        } finally {
            release.countDown();
            callers.shutdownNow();
        }
    }

    @Test
    void managementHealthCorekitEnabledFalseRemovesTheContributor() {
        runner.withPropertyValues("management.health.corekit.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(CoreApp.class);
            assertThat(context).doesNotHaveBean(HEALTH).doesNotHaveBean(ReauthorizationMarkers.class);
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnCorekitHealthIndicator() {
        HealthIndicator own = () -> Health.up().withDetail("own", true).build();
        runner.withBean(HEALTH, HealthIndicator.class, () -> own).run(context -> {
            assertThat(context.getBean(HEALTH)).isSameAs(own);
            assertThat(context).hasSingleBean(HealthIndicator.class);
        });
    }

    @Test
    void aTimeoutOfZeroStopsTheStartNamingTheProperty() {
        runner.withPropertyValues("corekit.health.identity-server-timeout=0s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(CorekitPropertiesException.class)
                    .hasMessageContaining("corekit.health.identity-server-timeout");
        });
    }

    private String discoveryPath() {
        return URI.create(sandbox.identityUrl()).getPath() + "/.well-known/openid-configuration";
    }

    /** Revokes the connection's refresh token at the sandbox: its access tokens stop working, a refresh is refused. */
    private void revokeGrant(TokenStore tokens, String connection) {
        String refreshToken = tokens.load(connection).orElseThrow().refreshToken();
        sandbox.tokens().revoke(refreshToken, SandboxConfig.DEMO_CLIENT_ID);
    }
}
