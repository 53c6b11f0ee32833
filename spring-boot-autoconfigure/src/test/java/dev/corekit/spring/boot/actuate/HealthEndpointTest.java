package dev.corekit.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.spring.boot.autoconfigure.LocalWeb;
import dev.corekit.spring.boot.autoconfigure.SandboxRunner;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code /actuator/health} of a running web application, over HTTP, with the {@code corekit} contributor's details. */
class HealthEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Spring Boot application with nothing but what auto-configuration gives it. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {}

    private static ConfigurableApplicationContext start(String identityServer) {
        List<String> properties = new ArrayList<>(List.of(SandboxRunner.properties(identityServer)));
        properties.addAll(List.of(LocalWeb.ON_LOOPBACK_WITHOUT_DATABASE));
        properties.addAll(List.of("corekit.store.type=memory", "management.endpoint.health.show-details=always"));
        return new SpringApplicationBuilder(Application.class)
                .properties(properties.toArray(String[]::new))
                .run();
    }

    private static HttpResponse<String> health(ConfigurableApplicationContext context) {
        return LocalWeb.get(context, "/actuator/health");
    }

    @Test
    void upWithTheIdentityServerAndNoConnectionNeedingLogin() throws Exception {
        try (CoreSandbox sandbox = CoreSandbox.start();
                ConfigurableApplicationContext context = start(sandbox.identityUrl())) {
            HttpResponse<String> response = health(context);

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode corekit = JSON.readTree(response.body()).path("components").path("corekit");
            assertThat(corekit)
                    .isEqualTo(JSON.readTree("{\"status\":\"UP\",\"details\":{\"identityServer\":\""
                            + sandbox.identityUrl() + "\",\"connectionsNeedingLogin\":0}}"));
        }
    }

    @Test
    void downWithTheReasonAndNoSecretWhenTheIdentityServerIsUnreachable() throws Exception {
        String closed = "http://127.0.0.1:" + SandboxApps.closedPort() + "/idp";
        try (ConfigurableApplicationContext context = start(closed)) {
            HttpResponse<String> response = health(context);

            assertThat(response.statusCode()).isEqualTo(503);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("status").asText()).isEqualTo("DOWN");
            assertThat(body.path("components").path("corekit"))
                    .isEqualTo(JSON.readTree("{\"status\":\"DOWN\",\"details\":{\"identityServer\":\"" + closed
                            + "\",\"connectionsNeedingLogin\":0,"
                            + "\"reason\":\"could not connect to the identity server\"}}"));
            assertThat(response.body())
                    .doesNotContain(SandboxConfig.DEMO_CLIENT_SECRET)
                    .doesNotContain("Exception")
                    .doesNotContain("at java.");
        }
    }
}
