package dev.corekit.runtime.internal.token;

import static dev.corekit.sandbox.SandboxConfig.DEMO_CLIENT_ID;
import static dev.corekit.sandbox.SandboxConfig.DEMO_CLIENT_SECRET;
import static dev.corekit.sandbox.SandboxConfig.DEMO_LOGIN;

import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.auth.ClientAuthentication;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import dev.corekit.runtime.internal.auth.OAuthEndpoints;
import dev.corekit.runtime.internal.http.EndpointPolicy;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.idp.TokenRegistry;
import dev.corekit.sandbox.journal.JournalEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Shared set-up: sandbox grants, endpoint clients, journal reading. */
final class TokenFixtures {
    static final String COMPANY = "demo-company-a";
    static final Set<String> SCOPES = Set.of("readwrite:core", "offline_access");
    static final Duration ACCESS_LIFETIME = Duration.ofHours(1);

    private TokenFixtures() {}

    /** Tokens the sandbox issued directly, and the family they belong to. */
    record Grant(TokenSet tokens, String family) {}

    /**
     * Issues an access token (and, when {@code refreshLifetime} is not null, a refresh token) in the sandbox and
     * wraps them as the {@link TokenSet} a code exchange would have produced at {@code clock}'s now.
     */
    static Grant grant(CoreSandbox sandbox, Clock clock, Duration refreshLifetime) {
        Set<String> scopes = refreshLifetime == null ? Set.of("readwrite:core") : SCOPES;
        String family = sandbox.tokens().newFamily();
        TokenRegistry.Issued issued = sandbox.tokens()
                .issue(
                        DEMO_CLIENT_ID,
                        DEMO_LOGIN,
                        COMPANY,
                        scopes,
                        family,
                        sandbox.clock().instant(),
                        ACCESS_LIFETIME,
                        refreshLifetime);
        Instant now = clock.instant();
        TokenSet tokens = new TokenSet(
                issued.accessToken(),
                issued.refreshToken(),
                "Bearer",
                now,
                now.plus(ACCESS_LIFETIME),
                scopes,
                sandbox.endpoint(COMPANY),
                null);
        return new Grant(tokens, family);
    }

    static Grant grant(CoreSandbox sandbox, Clock clock) {
        return grant(sandbox, clock, Duration.ofDays(30));
    }

    static RetryPolicy fastRetries() {
        return RetryPolicy.builder().baseDelay(Duration.ofMillis(10)).build();
    }

    static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    static TokenEndpointClient endpoint(URI identity, ClientCredentials credentials, Clock clock, RetryPolicy retries) {
        return new TokenEndpointClient(
                OAuthEndpoints.core(identity), credentials, http(), clock, retries, apiEndpoints());
    }

    /** The API endpoints token responses of these tests may name: the sandbox's (loopback) and api.example's. */
    static EndpointPolicy apiEndpoints() {
        return new EndpointPolicy(List.of("api.example"), true);
    }

    static TokenEndpointClient endpoint(CoreSandbox sandbox, Clock clock) {
        return endpoint(
                URI.create(sandbox.identityUrl()),
                new ClientCredentials(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, ClientAuthentication.BODY),
                clock,
                fastRetries());
    }

    /** The POSTs that reached {@code /connect/token}. */
    static List<JournalEntry> tokenPosts(CoreSandbox sandbox) {
        List<JournalEntry> posts = new ArrayList<>();
        for (JournalEntry entry : sandbox.journal().entries("/connect/token")) {
            if (entry.method().equals("POST")) {
                posts.add(entry);
            }
        }
        return posts;
    }

    /** Every message of {@code error} and its causes, with their class names. */
    static String allMessages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t).append('\n');
            for (Throwable suppressed : t.getSuppressed()) {
                all.append(suppressed).append('\n');
            }
        }
        return all.toString();
    }

    /** A token response body, as CORE answers it. */
    static String tokenResponse(String access, String refresh) {
        return "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":3600"
                + (refresh == null ? "" : ",\"refresh_token\":\"" + refresh + "\"")
                + ",\"scope\":\"readwrite:core offline_access\",\"endpoint\":\"https://api.example/api\"}";
    }
}
