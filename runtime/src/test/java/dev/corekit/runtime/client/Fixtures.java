package dev.corekit.runtime.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.idp.TokenRegistry;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Clients wired to the sandbox or to a {@link TestServer}, with tokens seeded without the OAuth flow. */
final class Fixtures {
    static final String COMPANY = "demo-company-a";
    static final Set<String> READ_WRITE = Set.of("readwrite:core", "offline_access");
    static final Set<String> READ_ONLY = Set.of("read:core", "offline_access");
    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    /** A client of the demo app whose identity server is the sandbox's. */
    static CoreClient.Builder sandboxClient(CoreSandbox sandbox) {
        return CoreClient.builder()
                .clientId(SandboxConfig.DEMO_CLIENT_ID)
                .clientSecret(SandboxConfig.DEMO_CLIENT_SECRET)
                .redirectUri("http://127.0.0.1/callback")
                .scopes("readwrite:core", "offline_access")
                .identityServer(sandbox.identityUrl())
                .allowInsecureLoopback();
    }

    /** A client whose identity server is {@code server}'s {@code /idp}. */
    static CoreClient.Builder serverClient(TestServer server) {
        return loopbackClient(server.url());
    }

    /** A client whose identity server is {@code base + "/idp"} on a loopback host. */
    static CoreClient.Builder loopbackClient(String base) {
        return CoreClient.builder()
                .clientId("test-client")
                .clientSecret("test-secret")
                .redirectUri("http://127.0.0.1/callback")
                .scopes("readwrite:core", "offline_access")
                .identityServer(base + "/idp")
                .allowInsecureLoopback();
    }

    /** Tokens issued at the sandbox for {@link #COMPANY}. */
    static TokenRegistry.Issued issue(CoreSandbox sandbox, Set<String> scopes) {
        return issue(sandbox, COMPANY, scopes);
    }

    static TokenRegistry.Issued issue(CoreSandbox sandbox, String company, Set<String> scopes) {
        return sandbox.tokens()
                .issue(
                        SandboxConfig.DEMO_CLIENT_ID,
                        SandboxConfig.DEMO_LOGIN,
                        company,
                        scopes,
                        sandbox.tokens().newFamily(),
                        sandbox.clock().instant(),
                        Duration.ofHours(1),
                        Duration.ofDays(30));
    }

    /** Issues read-write tokens at the sandbox and stores them in {@code client}, endpoint {@link #COMPANY}'s. */
    static TokenRegistry.Issued seed(CoreSandbox sandbox, CoreClient client) {
        return seed(sandbox, client, READ_WRITE, Instant.now());
    }

    static TokenRegistry.Issued seed(CoreSandbox sandbox, CoreClient client, Set<String> scopes, Instant now) {
        TokenRegistry.Issued issued = issue(sandbox, scopes);
        store(client, issued.accessToken(), issued.refreshToken(), now, sandbox.endpoint(COMPANY));
        return issued;
    }

    /** Stores tokens valid for an hour from {@code now}. */
    static void store(CoreClient client, String access, String refresh, Instant now, String endpoint) {
        client.storeTokens(new TokenSet(
                access, refresh, "Bearer", now, now.plus(Duration.ofHours(1)), READ_WRITE, endpoint, null));
    }

    /** Stores tokens that expire within the refresh skew, so the next call refreshes them first. */
    static void storeExpiringSoon(CoreClient client, String access, String refresh, String endpoint) {
        Instant now = Instant.now();
        client.storeTokens(new TokenSet(
                access,
                refresh,
                "Bearer",
                now.minus(Duration.ofHours(1)),
                now.plusSeconds(5),
                READ_WRITE,
                endpoint,
                null));
    }

    /** Seeds one activity in the sandbox and returns it as stored. */
    static ObjectNode seedActivity(CoreSandbox sandbox, String code) {
        return sandbox.api().company(COMPANY).put("activity", activity(code));
    }

    static ObjectNode activity(String code) {
        return JSON.createObjectNode()
                .put("code", code)
                .put("description", "Activity " + code)
                .put("billRate", 120.5);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
