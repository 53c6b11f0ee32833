package dev.corekit.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.client.ActivityApi;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.micrometer.MicrometerMetrics;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.spring.boot.autoconfigure.CorekitAutoConfiguration;
import dev.corekit.spring.boot.autoconfigure.SandboxRunner;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** corekit's meters in the registry of Boot's metrics auto-configuration, after real calls to the sandbox. */
class CorekitMetricsAutoConfigurationTest {
    private CoreSandbox sandbox;
    private ApplicationContextRunner runner;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        MetricsAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class,
                        CorekitAutoConfiguration.class,
                        CorekitMetricsAutoConfiguration.class))
                .withPropertyValues(SandboxRunner.properties(sandbox.identityUrl()))
                .withPropertyValues("corekit.store.type=memory");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void callsAndTokenRefreshesOfTheCoreAppAreInTheApplicationsRegistry() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(MicrometerMetrics.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry).isInstanceOf(SimpleMeterRegistry.class);
            CoreApp app = context.getBean(CoreApp.class);
            SandboxRunner.logIn(app, sandbox, "acme");
            ActivityApi activities = app.connection("acme").api(ActivityApi.class);

            activities.list(CoreQuery.all());
            // CORE refuses the access token: corekit refreshes it at the sandbox and sends the call again.
            String accessToken =
                    context.getBean(TokenStore.class).load("acme").orElseThrow().accessToken();
            sandbox.tokens().revoke(accessToken, SandboxConfig.DEMO_CLIENT_ID);
            activities.list(CoreQuery.all());

            assertThat(registry.get(MicrometerMetrics.CALLS)
                            .tags("resource", "activity", "method", "list", "outcome", "success")
                            .timer()
                            .count())
                    .isEqualTo(2);
            assertThat(sandbox.journal().entries("/connect/token")).hasSize(2);
            assertThat(registry.get(MicrometerMetrics.TOKEN_REFRESHES).counter().count())
                    .isEqualTo(1);
        });
    }

    @Test
    void backsOffWhenTheApplicationHasItsOwnMicrometerMetrics() {
        SimpleMeterRegistry own = new SimpleMeterRegistry();
        runner.withBean("ownMetrics", MicrometerMetrics.class, () -> MicrometerMetrics.of(own))
                .run(context -> {
                    assertThat(context).hasSingleBean(MicrometerMetrics.class);
                    CoreApp app = context.getBean(CoreApp.class);
                    SandboxRunner.logIn(app, sandbox, "acme");
                    app.connection("acme").api(ActivityApi.class).list(CoreQuery.all());

                    assertThat(own.get(MicrometerMetrics.CALLS).timer().count()).isEqualTo(1);
                    assertThat(context.getBean(MeterRegistry.class)
                                    .find(MicrometerMetrics.CALLS)
                                    .timers())
                            .isEmpty();
                });
    }

    @Test
    void withoutAMeterRegistryThereAreNoMeters() {
        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(CorekitAutoConfiguration.class, CorekitMetricsAutoConfiguration.class))
                .withPropertyValues(SandboxRunner.properties(sandbox.identityUrl()))
                .withPropertyValues("corekit.store.type=memory")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(CoreApp.class);
                    assertThat(context).doesNotHaveBean(MicrometerMetrics.class);
                });
    }

    @Test
    void aMeterRegistryTheApplicationDefinesGetsTheMeters() {
        SimpleMeterRegistry own = new SimpleMeterRegistry();
        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(CorekitAutoConfiguration.class, CorekitMetricsAutoConfiguration.class))
                .withPropertyValues(SandboxRunner.properties(sandbox.identityUrl()))
                .withPropertyValues("corekit.store.type=memory")
                .withBean(MeterRegistry.class, () -> own)
                .run(context -> {
                    CoreApp app = context.getBean(CoreApp.class);
                    SandboxRunner.logIn(app, sandbox, "acme");
                    app.connection("acme").api(ActivityApi.class).list(CoreQuery.all());

                    assertThat(own.get(MicrometerMetrics.CALLS)
                                    .tags("resource", "activity", "outcome", "success")
                                    .timer()
                                    .count())
                            .isEqualTo(1);
                });
    }
}
