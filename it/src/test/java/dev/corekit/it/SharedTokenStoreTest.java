package dev.corekit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.client.ActivityApi;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.token.FileTokenStore;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.journal.JournalEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four JVMs of 16 threads each call CORE through the same connections, whose tokens live in one shared store (a
 * directory of {@link FileTokenStore}, or one PostgreSQL database through {@code JdbcTokenStore}), while the sandbox
 * rotates refresh tokens (a spent one revokes the whole grant) and access tokens expire again and again. The test moves
 * the sandbox's clock past the access token's lifetime, then has every JVM call at that instant: each expiry must cost
 * exactly one refresh per connection, whichever JVM does it, and no call may fail.
 */
class SharedTokenStoreTest {
    private static final int JVMS = 4;
    private static final int THREADS = 16;
    private static final int CALLS_PER_THREAD = 4;
    private static final int EXPIRIES = 12;
    private static final Duration ACCESS_LIFETIME = Duration.ofMinutes(10);
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** Each connection, and the company it was authorized for. */
    private static final Map<String, String> CONNECTIONS = new LinkedHashMap<>();

    static {
        CONNECTIONS.put("acme", "demo-company-a");
        CONNECTIONS.put("globex", "demo-company-b");
    }

    @TempDir
    Path temp;

    @Test
    void jvmsSharingOneTokenDirectoryRefreshOncePerExpiry() throws Exception {
        Path directory = temp.resolve("tokens");
        callersShare(new FileTokenStore(directory), SharedStores.file(directory));
    }

    @Test
    void jvmsSharingOnePostgresDatabaseRefreshOncePerExpiry() throws Exception {
        String url = Database.newSchema();
        callersShare(Database.stores(url).tokenStore(), SharedStores.jdbc(url));
    }

    private void callersShare(TokenStore store, List<String> storeArguments) throws Exception {
        try (CoreSandbox sandbox = CoreSandbox.builder()
                .clock(new SandboxClock(Clock.fixed(START, ZoneOffset.UTC)))
                .configure(config -> config.accessTokenLifetime(ACCESS_LIFETIME))
                .start()) {
            CONNECTIONS.forEach((connection, company) -> logIn(sandbox, store, connection, company));
            List<String> arguments = new ArrayList<>();
            arguments.add(sandbox.identityUrl());
            arguments.addAll(storeArguments);
            arguments.add(String.join(",", CONNECTIONS.keySet()));

            Burst.Counts total = Burst.Counts.NONE;
            try (CallerJvms callers = CallerJvms.start(JVMS, temp.resolve("logs"), arguments)) {
                for (int expiry = 0; expiry < EXPIRIES; expiry++) {
                    sandbox.clock().advance(ACCESS_LIFETIME);
                    Burst.Order order = new Burst.Order(sandbox.clock().instant(), THREADS, CALLS_PER_THREAD);
                    for (Burst.Counts counts : callers.burst(order)) {
                        total = total.plus(counts);
                    }
                }
                int calls = JVMS * THREADS * CALLS_PER_THREAD * EXPIRIES;
                assertThat(total).as(callers.logs()).isEqualTo(new Burst.Counts(calls, 0, 0));
            }

            // One refresh per expiry and connection, none refused.
            assertThat(refreshes(sandbox))
                    .extracting(JournalEntry::status)
                    .hasSize(EXPIRIES * CONNECTIONS.size())
                    .containsOnly(200);
            // Each call reached CORE once, with a token it accepted (a refused one would have been sent again).
            assertThat(sandbox.journal().filter(entry -> entry.path().contains("/api/")))
                    .hasSize(total.succeeded());
            JsonNode registry = sandbox.tokens().export();
            assertThat(registry.path("revokedFamilies")).isEmpty();
            for (Map.Entry<String, String> connection : CONNECTIONS.entrySet()) {
                assertThat(rotations(registry, connection.getValue()))
                        .as("refresh tokens spent for %s", connection.getKey())
                        .isEqualTo(EXPIRIES);
                assertHoldsLiveTokens(sandbox, store, connection.getKey(), connection.getValue());
            }
        }
    }

    /** The code flow, as a user would log in: the tokens land in the shared store. */
    private static void logIn(CoreSandbox sandbox, TokenStore store, String connection, String company) {
        CoreClient client = Clients.connection(sandbox.identityUrl(), store, connection, sandbox.clock());
        client.authorization()
                .complete(sandbox.approve(
                        client.authorization().start().uri(),
                        SandboxConfig.DEMO_LOGIN,
                        SandboxConfig.DEMO_PASSWORD,
                        company));
    }

    /** The stored tokens are the grant's newest, and a new instance calls with them without refreshing. */
    private static void assertHoldsLiveTokens(
            CoreSandbox sandbox, TokenStore store, String connection, String company) {
        TokenSet stored = store.load(connection).orElseThrow(() -> new AssertionError("no tokens for " + connection));
        assertThat(sandbox.tokens().refresh(stored.refreshToken())).hasValueSatisfying(grant -> {
            assertThat(grant.companyId()).isEqualTo(company);
            assertThat(grant.rotated()).as("the stored refresh token was spent").isFalse();
        });
        assertThat(sandbox.tokens()
                        .activeAccess(stored.accessToken(), sandbox.clock().instant()))
                .isPresent();

        int refreshesBefore = refreshes(sandbox).size();
        CoreClient client = Clients.connection(sandbox.identityUrl(), store, connection, sandbox.clock());
        client.api(ActivityApi.class).list(CoreQuery.all());
        assertThat(sandbox.journal().last().path()).isEqualTo("/api/" + company + "/activity");
        assertThat(refreshes(sandbox)).hasSize(refreshesBefore);
    }

    private static List<JournalEntry> refreshes(CoreSandbox sandbox) {
        return sandbox.journal()
                .filter(entry ->
                        entry.path().endsWith("/connect/token") && entry.body().contains("grant_type=refresh_token"));
    }

    /** How many refresh tokens of {@code company} were spent (rotated). */
    private static long rotations(JsonNode registry, String company) {
        long rotated = 0;
        for (JsonNode grant : registry.path("refresh")) {
            if (grant.path("companyId").asText().equals(company)
                    && grant.path("rotated").asBoolean()) {
                rotated++;
            }
        }
        return rotated;
    }
}
