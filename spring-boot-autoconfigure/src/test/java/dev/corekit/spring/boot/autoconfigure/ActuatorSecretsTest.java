package dev.corekit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.spring.boot.AutoConfigurationWithoutSecurity;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The actuator's {@code configprops} and {@code env} endpoints, over HTTP, with their values shown: corekit's secrets
 * (client secret, encryption keys) are masked there, while the other corekit properties show.
 */
class ActuatorSecretsTest {
    private static final String SECRET = "actuator-visible-client-secret";
    private static final String KEY = "Y29yZWtpdC1ib290LWtleS1vZi0zMi1ieXRlcy1vayE=";
    private static final String RETIRED = "YW4tb2xkZXIta2V5LTE2Yg==";

    @SpringBootConfiguration
    @AutoConfigurationWithoutSecurity
    static class Application {}

    private static String get(ConfigurableApplicationContext context, String path) {
        HttpResponse<String> response = LocalWeb.get(context, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** {@return {@code builder} serving configprops and env, with their values, on a port of 127.0.0.1} */
    private static SpringApplicationBuilder withEndpoints(SpringApplicationBuilder builder) {
        return builder.properties(LocalWeb.ON_LOOPBACK_WITHOUT_DATABASE)
                .properties(
                        "management.endpoints.web.exposure.include=configprops,env",
                        "management.endpoint.configprops.show-values=always",
                        "management.endpoint.env.show-values=always",
                        "corekit.client-id=corekit-demo");
    }

    @Test
    void secretsAreMaskedWhereValuesAreShown() throws Exception {
        try (ConfigurableApplicationContext context = withEndpoints(new SpringApplicationBuilder(Application.class))
                .properties(
                        "corekit.client-secret=" + SECRET,
                        "corekit.redirect-uri=https://app.example.com/callback",
                        "corekit.store.type=memory",
                        "corekit.store.jdbc.encryption.key-id=2027-01",
                        "corekit.store.jdbc.encryption.key=" + KEY,
                        "corekit.store.jdbc.encryption.retired.2026-06=" + RETIRED)
                .run()) {
            String configprops = get(context, "/actuator/configprops");
            String env = get(context, "/actuator/env");

            assertThat(configprops).contains("app.example.com/callback").contains("2027-01");
            assertThat(env).contains("app.example.com/callback");
            for (String body : new String[] {configprops, env}) {
                assertThat(body).doesNotContain(SECRET).doesNotContain(KEY).doesNotContain(RETIRED);
            }
        }
    }

    @Test
    void secretsReferencedByPlaceholdersAreMaskedUnderEveryName() throws Exception {
        String secret = "env-var-client-secret-value";
        String key = "ZW52LXZhci1rZXktb2YtMzItYnl0ZXMtZm9yLWNvcmU=";
        String retired = "cmV0aXJlZC1lbnYta2V5LTE=";
        try (ConfigurableApplicationContext context = withEndpoints(new SpringApplicationBuilder(Application.class))
                .initializers(app -> app.getEnvironment()
                        .getPropertySources()
                        .addLast(new SystemEnvironmentPropertySource(
                                "deploymentEnvironment",
                                Map.of(
                                        "CORE_CLIENT_SECRET", secret,
                                        "COREKIT_CLIENT_SECRET", secret,
                                        "APP_SECRETS_CORE", secret,
                                        "CORE_KEY", key,
                                        "CORE_RETIRED_KEY", retired))))
                .properties(
                        "corekit.client-secret=${CORE_CLIENT_SECRET}",
                        "corekit.redirect-uri=https://app.example.com/callback",
                        "corekit.store.type=memory",
                        "corekit.store.jdbc.encryption.key-id=2027-01",
                        "corekit.store.jdbc.encryption.key=${CORE_KEY}",
                        "corekit.store.jdbc.encryption.retired.2026-06=${CORE_RETIRED_KEY}")
                .run()) {
            String configprops = get(context, "/actuator/configprops");
            String env = get(context, "/actuator/env");

            assertThat(env).contains("deploymentEnvironment").contains("CORE_CLIENT_SECRET");
            for (String body : new String[] {configprops, env}) {
                assertThat(body).doesNotContain(secret).doesNotContain(key).doesNotContain(retired);
            }
        }
    }

    @Test
    void everySpellingOfASecretKeyIsMaskedAndOnlyThose() {
        assertThat(List.of(
                        "corekit.client-secret",
                        "corekit.clientSecret",
                        "COREKIT_CLIENTSECRET",
                        "COREKIT_CLIENT_SECRET",
                        "corekit.store.jdbc.encryption.key",
                        "COREKIT_STORE_JDBC_ENCRYPTION_KEY",
                        "corekit.store.jdbc.encryption.retired.2026-06",
                        "corekit.store.jdbc.encryption.retired"))
                .allMatch(SecretProperties::secret);
        assertThat(List.of(
                        "corekit.client-id",
                        "corekit.store.jdbc.encryption.key-id",
                        "corekit.store.jdbc.encryption.keyId",
                        "corekit.redirect-uri"))
                .noneMatch(SecretProperties::secret);
    }
}
