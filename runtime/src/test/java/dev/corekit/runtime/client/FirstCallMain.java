package dev.corekit.runtime.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A fresh JVM's first call: a client built with tokens already stored, reading one activity from the API base in
 * {@code args[0]}; prints the activity's name and ends at once, so that nothing after the call is loaded.
 */
public final class FirstCallMain {
    static final String ACCESS_TOKEN = "first-call-access-token";

    private FirstCallMain() {}

    public static void main(String[] args) {
        InMemoryTokenStore store = new InMemoryTokenStore();
        Instant now = Instant.now();
        store.save(
                "default",
                new TokenSet(
                        ACCESS_TOKEN,
                        "first-call-refresh-token",
                        "Bearer",
                        now,
                        now.plus(Duration.ofHours(1)),
                        Set.of("readwrite:core", "offline_access"),
                        null,
                        null));
        CoreClient client = CoreClient.builder()
                .clientId("test-client")
                .clientSecret("test-secret")
                .redirectUri("http://127.0.0.1/callback")
                .scopes("readwrite:core", "offline_access")
                .apiBase(args[0])
                .allowInsecureLoopback()
                .tokenStore(store)
                .build();
        JsonNode activity = client.api(ActivityApi.class).get("a1");
        System.out.println(activity.get("name").asText());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
