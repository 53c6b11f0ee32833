package dev.corekit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreApp;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.spring.boot.CoreConnectionResolver;
import dev.corekit.spring.boot.web.CoreLoginController;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;

/** When {@link CorekitWebAutoConfiguration} registers the login controller, at which paths, and when it refuses to. */
class CorekitWebAutoConfigurationTest {
    @TempDir
    Path tokens;

    private WebApplicationContextRunner web() {
        return new WebApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(CorekitAutoConfiguration.class, CorekitWebAutoConfiguration.class))
                .withPropertyValues(properties());
    }

    private String[] properties() {
        return new String[] {
            "corekit.client-id=" + SandboxConfig.DEMO_CLIENT_ID,
            "corekit.client-secret=" + SandboxConfig.DEMO_CLIENT_SECRET,
            "corekit.redirect-uri=https://app.example.com/corekit/callback",
            "corekit.store.file.directory=" + tokens
        };
    }

    @Test
    void theControllerAnswersAtTheConnectPathAndThePathOfTheRedirectUri() {
        web().withUserConfiguration(Resolver.class).run(context -> {
            assertThat(context).hasNotFailed();
            CoreLoginController controller = context.getBean(CoreLoginController.class);
            assertThat(controller.connectPath()).isEqualTo("/corekit/connect");
            assertThat(controller.callbackPath()).isEqualTo("/corekit/callback");
            assertThat(controller.defaultReturnPath()).isEqualTo("/");
        });
        web().withUserConfiguration(Resolver.class)
                .withPropertyValues(
                        "corekit.web.connect-path=/core/start",
                        "corekit.web.callback-path=/corekit/callback",
                        "corekit.web.default-return-path=/settings/core")
                .run(context -> {
                    CoreLoginController controller = context.getBean(CoreLoginController.class);
                    assertThat(controller.connectPath()).isEqualTo("/core/start");
                    assertThat(controller.callbackPath()).isEqualTo("/corekit/callback");
                    assertThat(controller.defaultReturnPath()).isEqualTo("/settings/core");
                });
    }

    @Test
    void underAContextPathAndAServletPathTheCallbackPathIsWithinTheApplication() {
        web().withUserConfiguration(Resolver.class)
                .withPropertyValues(
                        "server.servlet.context-path=/app",
                        "spring.mvc.servlet.path=/mvc",
                        "corekit.redirect-uri=https://app.example.com/app/mvc/corekit/callback")
                .run(context -> assertThat(
                                context.getBean(CoreLoginController.class).callbackPath())
                        .isEqualTo("/corekit/callback"));
        web().withUserConfiguration(Resolver.class)
                .withPropertyValues(
                        "server.servlet.context-path=/app/",
                        "corekit.redirect-uri=https://app.example.com/app/callback",
                        "corekit.web.callback-path=/callback")
                .run(context -> assertThat(
                                context.getBean(CoreLoginController.class).callbackPath())
                        .isEqualTo("/callback"));
    }

    @Test
    void aRedirectUriOutsideTheContextPathStopsTheStartupNamingBoth() {
        web().withUserConfiguration(Resolver.class)
                .withPropertyValues("server.servlet.context-path=/app")
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis =
                            new CorekitPropertiesFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription())
                            .contains("corekit.redirect-uri")
                            .contains("server.servlet.context-path")
                            .contains("'/corekit/callback'")
                            .contains("'/app'");
                });
    }

    @Test
    void aCallbackPathOtherThanTheRedirectUrisStopsTheStartupNamingBoth() {
        web().withUserConfiguration(Resolver.class)
                .withPropertyValues("corekit.web.callback-path=/callback")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(CorekitPropertiesException.class);
                    FailureAnalysis analysis =
                            new CorekitPropertiesFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription())
                            .contains("corekit.web.callback-path")
                            .contains("corekit.redirect-uri")
                            .contains("'/callback'")
                            .contains("'/corekit/callback'");
                    assertThat(analysis.getAction()).contains("corekit.web.callback-path");
                    assertThat(analysis.getDescription() + analysis.getAction())
                            .doesNotContain(SandboxConfig.DEMO_CLIENT_SECRET);
                });
    }

    @Test
    void aDefaultReturnPathOfAnotherSiteStopsTheStartup() {
        web().withUserConfiguration(Resolver.class)
                .withPropertyValues("corekit.web.default-return-path=//evil.example")
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis =
                            new CorekitPropertiesFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("corekit.web.default-return-path");
                });
    }

    @Test
    void theControllerNeedsAServletWebApplicationWithSpringMvcAndAResolver() {
        web().run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CoreLoginController.class));
        web().withUserConfiguration(Resolver.class)
                .withClassLoader(new FilteredClassLoader(RouterFunction.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CoreLoginController.class));
        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(CorekitAutoConfiguration.class, CorekitWebAutoConfiguration.class))
                .withPropertyValues(properties())
                .withUserConfiguration(Resolver.class)
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .hasSingleBean(CoreApp.class)
                        .doesNotHaveBean(CoreLoginController.class));
        web().withUserConfiguration(Resolver.class)
                .withPropertyValues("corekit.web.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CoreLoginController.class));
    }

    @Test
    void theApplicationsOwnControllerReplacesTheAutoConfiguredOne() {
        web().withUserConfiguration(OwnController.class).run(context -> {
            assertThat(context).hasSingleBean(CoreLoginController.class);
            assertThat(context.getBean(CoreLoginController.class).connectPath()).isEqualTo("/own/connect");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Resolver {
        @Bean
        CoreConnectionResolver resolver() {
            return request -> "acme";
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnController {
        @Bean
        CoreConnectionResolver resolver() {
            return request -> "acme";
        }

        @Bean
        CoreLoginController ownLoginController(CoreApp app, CoreConnectionResolver resolver) {
            return new CoreLoginController(app, resolver, "/own/connect", "/corekit/callback", "/");
        }
    }
}
