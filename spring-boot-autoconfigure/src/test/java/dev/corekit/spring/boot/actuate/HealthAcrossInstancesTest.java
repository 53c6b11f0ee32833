package dev.corekit.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.client.ActivityApi;
import dev.corekit.jdbc.JdbcStores;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.spring.boot.autoconfigure.CorekitAutoConfiguration;
import dev.corekit.spring.boot.autoconfigure.Postgres;
import dev.corekit.spring.boot.autoconfigure.SandboxRunner;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Two instances of an application on one PostgreSQL database: a refusal one instance finds is counted by the other's
 * health contributor, until the connection logs in again.
 */
class HealthAcrossInstancesTest {
    private CoreSandbox sandbox;
    private DataSource database;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
        database = Postgres.newSchema();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** An instance: its own context, with sessions of its own in the test's schema. */
    private ApplicationContextRunner instance() {
        return new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(CorekitAutoConfiguration.class, CorekitHealthAutoConfiguration.class))
                .withPropertyValues(SandboxRunner.properties(sandbox.identityUrl()))
                .withPropertyValues("corekit.store.jdbc.initialize-schema=always", "corekit.health.cache=0s")
                .withBean(DataSource.class, () -> database);
    }

    @Test
    void aRefreshRefusedOnOneInstanceIsCountedByTheOtherUntilANewLogin() {
        instance()
                .run(a -> instance().run(b -> {
                    assertThat(a).hasSingleBean(JdbcStores.class);
                    HealthIndicator healthOfB = b.getBean("corekitHealthIndicator", HealthIndicator.class);
                    CoreApp appOfA = a.getBean(CoreApp.class);
                    SandboxRunner.logIn(appOfA, sandbox, "acme");
                    appOfA.connection("acme").api(ActivityApi.class).list(CoreQuery.all());
                    assertThat(healthOfB.health().getDetails()).containsEntry("connectionsNeedingLogin", 0);

                    // The user revokes the app's grant at CORE: A's next call is refused, and so is its refresh.
                    String refreshToken = a.getBean(TokenStore.class)
                            .load("acme")
                            .orElseThrow()
                            .refreshToken();
                    sandbox.tokens().revoke(refreshToken, SandboxConfig.DEMO_CLIENT_ID);
                    assertThatThrownBy(() -> appOfA.connection("acme")
                                    .api(ActivityApi.class)
                                    .list(CoreQuery.all()))
                            .isInstanceOf(ReauthorizationRequiredException.class);

                    assertThat(Postgres.strings(database, "SELECT connection FROM corekit_reauthorizations"))
                            .containsExactly("acme");
                    assertThat(healthOfB.health().getDetails()).containsEntry("connectionsNeedingLogin", 1);

                    // The user logs in again, through B this time.
                    CoreApp appOfB = b.getBean(CoreApp.class);
                    SandboxRunner.logIn(appOfB, sandbox, "acme");
                    assertThat(healthOfB.health().getDetails()).containsEntry("connectionsNeedingLogin", 0);
                    assertThat(Postgres.strings(database, "SELECT connection FROM corekit_reauthorizations"))
                            .isEmpty();
                    appOfA.connection("acme").api(ActivityApi.class).list(CoreQuery.all());
                }));
    }

    @Test
    void theMarkersUseThePrefixOfTheApplicationsOwnJdbcStores() throws Exception {
        JdbcStores own = JdbcStores.builder(database).tablePrefix("own_").build();
        own.createSchema();
        // As the application's migration runs the script of the jar, with its prefix.
        Postgres.execute(database, Postgres.markerScript("own_"));
        instance()
                .withPropertyValues("corekit.store.jdbc.initialize-schema=never")
                .withBean(JdbcStores.class, () -> own)
                .run(context -> {
                    context.getBean(ReauthorizationMarkers.class).reauthorizationRequired("acme");

                    assertThat(Postgres.strings(database, "SELECT connection FROM own_reauthorizations"))
                            .containsExactly("acme");
                    assertThat(context.getBean("corekitHealthIndicator", HealthIndicator.class)
                                    .health()
                                    .getDetails())
                            .containsEntry("connectionsNeedingLogin", 1);
                });
    }

    @Test
    void withoutTheMarkerTableTheCountIsUnknownAndTheStatusTheIdentityServers() {
        JdbcStores own = JdbcStores.builder(database).build();
        own.createSchema();
        instance()
                .withPropertyValues("corekit.store.jdbc.initialize-schema=never")
                .withBean(JdbcStores.class, () -> own)
                .run(context -> {
                    Health health = context.getBean("corekitHealthIndicator", HealthIndicator.class)
                            .health();

                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails())
                            .containsExactly(
                                    Map.entry("identityServer", sandbox.identityUrl()),
                                    Map.entry(
                                            "connectionsNeedingLoginUnknown",
                                            "the markers could not be read (IllegalStateException)"));
                });
    }
}
