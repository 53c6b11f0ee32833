package dev.corekit.runtime.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An app without Micrometer: says whether Micrometer is on its class path, then reads the activities of the API base
 * in {@code args[0]} with the access token {@code args[1]}, and one of them by id, and prints their codes.
 */
public final class NoMicrometerMain {
    private NoMicrometerMain() {}

    public static void main(String[] args) {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry");
            System.out.println("micrometer present");
        } catch (ClassNotFoundException e) {
            System.out.println("micrometer absent");
        }
        InMemoryTokenStore store = new InMemoryTokenStore();
        Instant now = Instant.now();
        store.save(
                "default",
                new TokenSet(
                        args[1],
                        "refresh-token",
                        "Bearer",
                        now,
                        now.plus(Duration.ofHours(1)),
                        Set.of("readwrite:core", "offline_access"),
                        args[0],
                        null));
        CoreClient client = CoreClient.builder()
                .clientId("test-client")
                .clientSecret("test-secret")
                .redirectUri("http://127.0.0.1/callback")
                .scopes("readwrite:core", "offline_access")
                .allowInsecureLoopback()
                .tokenStore(store)
                .build();
        ActivityApi api = client.api(ActivityApi.class);
        List<JsonNode> activities = api.list(CoreQuery.all());
        JsonNode one = api.get(activities.get(0).get("id").asText());
        System.out.println(activities.size() + " " + one.get("code").asText());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
