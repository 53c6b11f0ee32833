package dev.corekit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The configuration metadata the build wrote into the jar ({@code META-INF/spring-configuration-metadata.json}, from
 * the properties' javadoc and {@code additional-spring-configuration-metadata.json}): what an IDE completes and
 * documents.
 */
class ConfigurationMetadataTest {
    /** Every {@code corekit.*} property of {@link CorekitProperties}. */
    private static final List<String> PROPERTIES = List.of(
            "corekit.allow-insecure-loopback",
            "corekit.allowed-hosts",
            "corekit.api-base",
            "corekit.client-authentication",
            "corekit.client-id",
            "corekit.client-secret",
            "corekit.connect-timeout",
            "corekit.http-client",
            "corekit.identity-server",
            "corekit.log-level",
            "corekit.max-idle-connections",
            "corekit.pending-lifetime",
            "corekit.pkce",
            "corekit.read-timeout",
            "corekit.redirect-uri",
            "corekit.refresh-skew",
            "corekit.retry.base-delay",
            "corekit.retry.deadline",
            "corekit.retry.max-attempts",
            "corekit.retry.max-delay",
            "corekit.retry.max-retry-after",
            "corekit.retry.retry-posts",
            "corekit.scopes",
            "corekit.store.file.directory",
            "corekit.store.jdbc.authorization-retention",
            "corekit.store.jdbc.encryption.key",
            "corekit.store.jdbc.encryption.key-id",
            "corekit.store.jdbc.encryption.retired",
            "corekit.store.jdbc.initialize-schema",
            "corekit.store.jdbc.lock-timeout",
            "corekit.store.jdbc.refresh-token-lifetime",
            "corekit.store.jdbc.require-encryption",
            "corekit.store.jdbc.table-prefix",
            "corekit.store.type",
            "corekit.time-zone",
            "corekit.utc-offset");

    /** The metadata of this module's build output, not another jar's of the class path. */
    private static JsonNode metadata() throws IOException {
        for (URL url : Collections.list(ConfigurationMetadataTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                JsonNode json = new ObjectMapper().readTree(in);
                if (json.path("groups").findValuesAsText("name").contains("corekit")) {
                    return json;
                }
            }
        }
        throw new AssertionError("no META-INF/spring-configuration-metadata.json with the corekit group");
    }

    private static Map<String, JsonNode> corekitProperties(JsonNode metadata) {
        Map<String, JsonNode> properties = new TreeMap<>();
        for (JsonNode property : metadata.path("properties")) {
            String name = property.path("name").asText();
            if (name.startsWith("corekit.")
                    && !name.startsWith("corekit.web.")
                    && !name.startsWith("corekit.health.")) {
                properties.put(name, property);
            }
        }
        return properties;
    }

    @Test
    void everyPropertyIsListedWithADescription() throws IOException {
        Map<String, JsonNode> properties = corekitProperties(metadata());
        assertThat(properties.keySet()).containsExactlyElementsOf(PROPERTIES);
        List<String> undescribed = new ArrayList<>();
        properties.forEach((name, property) -> {
            String description = property.path("description").asText("");
            if (description.length() < 20 || !description.endsWith(".")) {
                undescribed.add(name + ": '" + description + "'");
            }
        });
        assertThat(undescribed).isEmpty();
    }

    @Test
    void defaultsAreTheOnesTheAppGets() throws IOException {
        Map<String, JsonNode> properties = corekitProperties(metadata());
        assertThat(properties.get("corekit.scopes").path("defaultValue").toString())
                .isEqualTo("[\"readwrite:core\",\"offline_access\"]");
        assertThat(properties.get("corekit.store.type").path("defaultValue").asText())
                .isEqualTo("auto");
        assertThat(properties
                        .get("corekit.store.jdbc.initialize-schema")
                        .path("defaultValue")
                        .asText())
                .isEqualTo("embedded");
        assertThat(properties
                        .get("corekit.store.jdbc.table-prefix")
                        .path("defaultValue")
                        .asText())
                .isEqualTo("corekit_");
        // Secrets have no default, and so none in the metadata.
        assertThat(properties.get("corekit.client-secret").has("defaultValue")).isFalse();
        assertThat(properties.get("corekit.store.jdbc.encryption.key").has("defaultValue"))
                .isFalse();
    }

    @Test
    void choicesHaveHints() throws IOException {
        Map<String, List<String>> hints = new TreeMap<>();
        for (JsonNode hint : metadata().path("hints")) {
            hints.put(hint.path("name").asText(), hint.path("values").findValuesAsText("value"));
        }
        assertThat(hints)
                .containsEntry("corekit.store.type", List.of("auto", "jdbc", "file", "memory"))
                .containsEntry("corekit.store.jdbc.initialize-schema", List.of("always", "embedded", "never"))
                .containsEntry("corekit.log-level", List.of("none", "basic", "headers", "full"))
                .containsEntry("corekit.http-client", List.of("okhttp", "jdk"))
                .containsEntry("corekit.client-authentication", List.of("body", "basic"));
    }

    @Test
    void retryDefaultsAreTheRuntimes() {
        CorekitProperties.Retry retry = new CorekitProperties().getRetry();
        RetryPolicy defaults = RetryPolicy.defaults();
        assertThat(retry.getMaxAttempts()).isEqualTo(defaults.maxAttempts());
        assertThat(retry.getBaseDelay()).isEqualTo(defaults.baseDelay());
        assertThat(retry.getMaxDelay()).isEqualTo(defaults.maxDelay());
        assertThat(retry.getMaxRetryAfter()).isEqualTo(defaults.maxRetryAfter());
        assertThat(retry.getDeadline()).isEqualTo(defaults.deadline());
        assertThat(retry.isRetryPosts()).isEqualTo(defaults.retryPosts());
    }
}
