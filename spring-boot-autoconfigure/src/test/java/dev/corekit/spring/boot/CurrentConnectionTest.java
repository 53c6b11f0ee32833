package dev.corekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.client.Activity;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.journal.JournalEntry;
import dev.corekit.spring.boot.autoconfigure.LocalWeb;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@link CoreConnections#currentCore()} in a running web application, over HTTP: the application's resolver names the
 * connection of each request (here from a header its own authentication would set), and the controller calls CORE for
 * that connection only.
 */
class CurrentConnectionTest {
    /**
     * An application with a resolver bean and a controller of its own; without Spring Security (on the class path for
     * other tests), as behind a gateway that sets the tenant header.
     */
    @SpringBootConfiguration
    @AutoConfigurationWithoutSecurity
    static class Application {
        @Bean
        CoreConnectionResolver tenantResolver() {
            return request -> request.getHeader("X-Tenant");
        }

        @Bean
        ActivitiesController activitiesController(CoreConnections connections) {
            return new ActivitiesController(connections);
        }
    }

    @RestController
    static class ActivitiesController {
        private final CoreConnections connections;

        ActivitiesController(CoreConnections connections) {
            this.connections = connections;
        }

        @GetMapping("/activities")
        String activities() {
            return connections.currentCore().activities().list(CoreQuery.all()).stream()
                    .map(Activity::code)
                    .collect(Collectors.joining(","));
        }

        @ExceptionHandler(NoCurrentConnectionException.class)
        @ResponseStatus(HttpStatus.FORBIDDEN)
        String noConnection() {
            return "no connection";
        }
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext context, String tenant) {
        return tenant == null
                ? LocalWeb.get(context, "/activities")
                : LocalWeb.get(context, "/activities", "X-Tenant", tenant);
    }

    @Test
    void eachRequestCallsCoreForTheConnectionItsResolverNames() throws Exception {
        try (CoreSandbox sandbox = CoreSandbox.start();
                ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                        .properties(LocalWeb.ON_LOOPBACK_WITHOUT_DATABASE)
                        .properties(
                                "corekit.client-id=" + SandboxConfig.DEMO_CLIENT_ID,
                                "corekit.client-secret=" + SandboxConfig.DEMO_CLIENT_SECRET,
                                "corekit.redirect-uri=" + SandboxConfig.DEMO_REDIRECT_URI,
                                "corekit.identity-server=" + sandbox.identityUrl(),
                                "corekit.allow-insecure-loopback=true",
                                "corekit.store.type=memory")
                        .run()) {
            CoreApp app = context.getBean(CoreApp.class);
            app.authorization()
                    .complete(sandbox.approve(
                            app.authorization().start("acme", Map.of()).uri()));
            CoreConnections connections = context.getBean(CoreConnections.class);
            connections
                    .core("acme")
                    .activities()
                    .create(Activity.builder()
                            .code("PM")
                            .name("Project management")
                            .build());

            JournalEntry created = sandbox.journal().last();
            assertThat(created.method()).isEqualTo("POST");
            assertThat(created.path()).matches("/api/[^/]+/activity");
            sandbox.journal().clear();

            HttpResponse<String> acme = get(context, "acme");
            assertThat(acme.statusCode()).isEqualTo(200);
            assertThat(acme.body()).isEqualTo("PM");
            assertThat(sandbox.journal().last().path()).endsWith("/activity");
            assertThat(sandbox.journal().entries()).singleElement().satisfies(call -> {
                assertThat(call.method()).isEqualTo("GET");
                assertThat(call.path()).isEqualTo(created.path());
                assertThat(call.status()).isEqualTo(200);
            });

            HttpResponse<String> none = get(context, null);
            assertThat(none.statusCode()).isEqualTo(403);
            assertThat(none.body()).isEqualTo("no connection");
            assertThat(sandbox.journal().entries())
                    .as("a request without a connection calls nothing at CORE")
                    .hasSize(1);

            // Outside a request there is no current connection.
            assertThat(connections.currentConnection()).isEmpty();
            assertThatThrownBy(connections::currentCore).isInstanceOf(NoCurrentConnectionException.class);
        }
    }
}
