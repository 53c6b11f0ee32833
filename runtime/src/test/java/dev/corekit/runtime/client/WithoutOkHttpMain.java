package dev.corekit.runtime.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * An app run on a class path that lacks some of OkHttp's jars: builds a client with default settings against the API
 * base in {@code args[0]} and reads one activity, then builds one with {@code maxIdleConnections}; prints which OkHttp
 * classes it could load, the activity's name or the {@link CoreConfigurationException} of each build.
 */
public final class WithoutOkHttpMain {
    private WithoutOkHttpMain() {}

    public static void main(String[] args) {
        for (String type : new String[] {"okhttp3.OkHttpClient", "okio.Buffer", "kotlin.Unit"}) {
            System.out.println(type + ": " + (loadable(type) ? "present" : "absent"));
        }
        try {
            JsonNode activity = client(args[0]).build().api(ActivityApi.class).get("a1");
            System.out.println("default client: " + activity.get("name").asText());
        } catch (CoreConfigurationException e) {
            System.out.println("default client: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            client(args[0]).maxIdleConnections(8).build();
            System.out.println("maxIdleConnections: built");
        } catch (CoreConfigurationException e) {
            System.out.println("maxIdleConnections: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static boolean loadable(String type) {
        try {
            Class.forName(type, false, WithoutOkHttpMain.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static CoreClient.Builder client(String apiBase) {
        InMemoryTokenStore store = new InMemoryTokenStore();
        Instant now = Instant.now();
        store.save(
                "default",
                new TokenSet(
                        "access",
                        "refresh",
                        "Bearer",
                        now,
                        now.plus(Duration.ofHours(1)),
                        Set.of("readwrite:core", "offline_access"),
                        null,
                        null));
        return CoreClient.builder()
                .clientId("test-client")
                .clientSecret("test-secret")
                .redirectUri("http://127.0.0.1/callback")
                .scopes("readwrite:core", "offline_access")
                .apiBase(apiBase)
                .allowInsecureLoopback()
                .tokenStore(store);
    }
}
