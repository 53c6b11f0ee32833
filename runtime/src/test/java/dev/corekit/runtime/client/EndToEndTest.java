package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationResult;
import dev.corekit.runtime.auth.LoopbackReceiver;
import dev.corekit.runtime.token.FileTokenStore;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.journal.JournalEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path a desktop app takes, against the sandbox: the authorization-code flow with PKCE through the loopback
 * receiver, tokens in a file store, then calls that carry the token and X-UTC-OFFSET to the company's endpoint, and a
 * second client that starts from the stored tokens without logging in again.
 */
class EndToEndTest {
    private final CoreSandbox sandbox = CoreSandbox.builder()
            .configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-b"))
            .start();

    @TempDir
    Path tokens;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CoreClient client() {
        return CoreClient.builder()
                .clientId(SandboxConfig.DEMO_NATIVE_CLIENT_ID)
                .redirectUri(SandboxConfig.DEMO_REDIRECT_URI)
                .scopes("readwrite:core", "offline_access")
                .identityServer(sandbox.identityUrl())
                .allowInsecureLoopback()
                .utcOffset(ZoneId.of("Asia/Kolkata"))
                .tokenStore(new FileTokenStore(tokens))
                .connection("demo-b")
                .build();
    }

    @Test
    void authorizeThenCallThenReuseTheStoredTokens() throws Exception {
        CoreClient first = client();
        AuthorizationResult result;
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            result = first.authorization().authorizeWithLoopback(receiver, Duration.ofSeconds(20), Browser::browse);
        }
        ActivityApi activities = first.api(ActivityApi.class);
        JsonNode created = activities.create(Fixtures.activity("E2E"));
        List<JsonNode> listed =
                activities.list(CoreQuery.builder().where("code='E2E'").build());

        assertThat(result.tokens().endpoint()).isEqualTo(sandbox.endpoint("demo-company-b"));
        assertThat(listed)
                .extracting(a -> a.get("id").asText())
                .containsExactly(created.get("id").asText());
        List<JournalEntry> calls = sandbox.journal().entries("/activity");
        assertThat(calls).hasSize(2).allSatisfy(call -> {
            assertThat(call.path()).startsWith("/api/demo-company-b/");
            assertThat(call.header("Authorization")).isEqualTo("Bearer ***");
            assertThat(call.utcOffsetHeader()).isEqualTo("330");
        });

        CoreClient second = client();
        int tokenRequests = sandbox.journal().entries("/connect/token").size();
        List<JsonNode> again = second.api(ActivityApi.class).list(CoreQuery.all());

        assertThat(second.isAuthorized()).isTrue();
        assertThat(again).hasSize(1);
        assertThat(sandbox.journal().entries("/connect/token")).hasSize(tokenRequests);
        assertThat(sandbox.journal().entries("/connect/authorize")).hasSize(1);
    }

    @Test
    void anExpiredTokenIsRefreshedBeforeTheCall() throws Exception {
        CoreClient client = client();
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            client.authorization().authorizeWithLoopback(receiver, Duration.ofSeconds(20), Browser::browse);
        }
        String before = client.storedTokens().orElseThrow().accessToken();
        // Both clocks move: the sandbox expires the token, the client sees it expire.
        sandbox.clock().advance(Duration.ofHours(2));
        CoreClient later = CoreClient.builder()
                .clientId(SandboxConfig.DEMO_NATIVE_CLIENT_ID)
                .redirectUri(SandboxConfig.DEMO_REDIRECT_URI)
                .scopes("readwrite:core", "offline_access")
                .identityServer(sandbox.identityUrl())
                .allowInsecureLoopback()
                .tokenStore(new FileTokenStore(tokens))
                .connection("demo-b")
                .clock(java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofHours(2)))
                .build();

        List<JsonNode> listed = later.api(ActivityApi.class).list(CoreQuery.all());

        assertThat(listed).isEmpty();
        assertThat(later.storedTokens().orElseThrow().accessToken()).isNotEqualTo(before);
        assertThat(sandbox.journal().entries("/connect/token").stream()
                        .map(JournalEntry::body)
                        .collect(Collectors.toList()))
                .anySatisfy(body -> assertThat(body).contains("grant_type=refresh_token"));
        assertThat(sandbox.journal().entries("/activity"))
                .hasSize(1)
                .allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
    }
}
