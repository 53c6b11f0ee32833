package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.CoreForbiddenException;
import dev.corekit.runtime.error.CoreNotAuthenticatedException;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.idp.TokenRegistry;
import dev.corekit.sandbox.journal.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CORE refusing the access token ({@code 401}, or its documented {@code 200 "Not authenticated"}) refreshes once and
 * replays once; a {@code 403} never refreshes.
 */
class NotAuthenticatedTest {
    private CoreSandbox sandbox;

    private void start(int notAuthenticatedStatus) {
        sandbox = CoreSandbox.builder()
                .configure(c -> c.notAuthenticatedStatus(notAuthenticatedStatus))
                .start();
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** A client holding a dead access token and a live refresh token. */
    private CoreClient clientWithDeadAccessToken(CoreClient.Builder builder) {
        CoreClient client = builder.build();
        TokenRegistry.Issued issued = Fixtures.issue(sandbox, Fixtures.READ_WRITE);
        Fixtures.store(
                client, "dead-access-token", issued.refreshToken(), Instant.now(), sandbox.endpoint(Fixtures.COMPANY));
        return client;
    }

    @ParameterizedTest(name = "answered {0}")
    @ValueSource(ints = {200, 401})
    void aRefusedTokenIsRefreshedOnceAndTheCallReplayedOnce(int status) {
        start(status);
        Fixtures.seedActivity(sandbox, "DEV");
        CoreClient client = clientWithDeadAccessToken(Fixtures.sandboxClient(sandbox));

        List<JsonNode> activities = client.api(ActivityApi.class).list(CoreQuery.all());

        assertThat(activities).extracting(a -> a.get("code").asText()).containsExactly("DEV");
        assertThat(sandbox.journal().entries("/connect/token")).hasSize(1);
        assertThat(sandbox.journal().entries("/connect/token").get(0).body()).contains("grant_type=refresh_token");
        assertThat(sandbox.journal().entries("/activity"))
                .extracting(JournalEntry::status)
                .containsExactly(status, 200);
        assertThat(client.storedTokens().orElseThrow().accessToken()).isNotEqualTo("dead-access-token");
    }

    @ParameterizedTest(name = "answered {0}")
    @ValueSource(ints = {200, 401})
    void aVoidDeleteAlsoNoticesTheRefusalAndReplays(int status) {
        start(status);
        ObjectNode stored = Fixtures.seedActivity(sandbox, "DEL");
        CoreClient client = clientWithDeadAccessToken(Fixtures.sandboxClient(sandbox));

        client.api(ActivityApi.class).delete(stored.get("id").asText());

        assertThat(sandbox.api().company(Fixtures.COMPANY).list("activity")).isEmpty();
        assertThat(sandbox.journal().entries("/connect/token")).hasSize(1);
        assertThat(sandbox.journal().filter(e -> e.method().equals("DELETE")))
                .extracting(JournalEntry::status)
                .containsExactly(status, 204);
    }

    @ParameterizedTest(name = "answered {0}")
    @ValueSource(ints = {200, 401})
    void aPostRefusedForItsTokenIsReplayedOnceAndCreatesOneObject(int status) {
        start(status);
        CoreClient client = clientWithDeadAccessToken(Fixtures.sandboxClient(sandbox));

        JsonNode created = client.api(ActivityApi.class).create(Fixtures.activity("NEW"));

        assertThat(created.get("code").asText()).isEqualTo("NEW");
        assertThat(sandbox.api().company(Fixtures.COMPANY).list("activity")).hasSize(1);
        assertThat(sandbox.journal()
                        .filter(e -> e.method().equals("POST") && e.path().endsWith("/activity")))
                .extracting(JournalEntry::status)
                .containsExactly(status, 201);
    }

    @ParameterizedTest(name = "answered {0}")
    @ValueSource(ints = {200, 401})
    void whenTheReplayIsRefusedTooTheCallFailsAfterExactlyOneRefresh(int status) {
        start(status);
        // The store moves the sandbox's clock past the new access token's expiry as soon as the refreshed tokens
        // are saved, so CORE refuses the replay as well.
        ClockJumpingStore store = new ClockJumpingStore(sandbox);
        CoreClient client =
                clientWithDeadAccessToken(Fixtures.sandboxClient(sandbox).tokenStore(store));
        store.armed.set(true);

        assertThatThrownBy(() -> client.api(ActivityApi.class).list(CoreQuery.all()))
                .isInstanceOf(CoreNotAuthenticatedException.class)
                .satisfies(e -> {
                    CoreNotAuthenticatedException refused = (CoreNotAuthenticatedException) e;
                    assertThat(refused.status()).isEqualTo(status);
                    assertThat(refused.method()).isEqualTo("GET");
                    assertThat(refused.path()).isEqualTo("/api/" + Fixtures.COMPANY + "/activity");
                });

        assertThat(sandbox.journal().entries("/connect/token")).hasSize(1);
        assertThat(sandbox.journal().entries("/activity")).hasSize(2);
    }

    @ParameterizedTest(name = "not-authenticated answer {0}")
    @ValueSource(ints = {200, 401})
    void aForbiddenWriteFailsWithoutRefreshing(int status) {
        start(status);
        CoreClient client = Fixtures.sandboxClient(sandbox).build();
        TokenRegistry.Issued issued = Fixtures.seed(sandbox, client, Fixtures.READ_ONLY, Instant.now());

        assertThatThrownBy(() -> client.api(ActivityApi.class).create(Fixtures.activity("NOPE")))
                .isInstanceOf(CoreForbiddenException.class)
                .satisfies(e -> {
                    CoreForbiddenException forbidden = (CoreForbiddenException) e;
                    assertThat(forbidden.status()).isEqualTo(403);
                    assertThat(forbidden.method()).isEqualTo("POST");
                    assertThat(forbidden.path()).isEqualTo("/api/" + Fixtures.COMPANY + "/activity");
                })
                .hasMessageNotContaining(issued.accessToken());

        assertThat(sandbox.journal().entries("/connect/token")).isEmpty();
        assertThat(sandbox.journal().entries("/activity")).hasSize(1);
        assertThat(client.storedTokens().orElseThrow().accessToken()).isEqualTo(issued.accessToken());
    }

    @Test
    void concurrentCallsRefusedTogetherShareOneRefresh() throws Exception {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> {
                boolean fresh = seen.authorization().equals(List.of("Bearer new-token"));
                TestServer.json(exchange, fresh ? 200 : 401, fresh ? "[]" : "\"Not authenticated\"");
            });
            server.on("/idp/connect/token", (exchange, seen) -> {
                sleep(200); // keeps the refresh in flight while the other callers are refused
                TestServer.json(exchange, 200, TestServer.tokenResponse("new-token", "refresh-two", null));
            });
            CoreClient client = Fixtures.serverClient(server).build();
            Fixtures.store(client, "old-token", "refresh-one", Instant.now(), server.url() + "/api/one");
            ActivityApi api = client.api(ActivityApi.class);
            int threads = 8;
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<JsonNode>>> calls = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        return api.list(CoreQuery.all());
                    }));
                }
                for (Future<List<JsonNode>> call : calls) {
                    assertThat(call.get()).isEmpty();
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(server.requests("/idp/connect/token")).hasSize(1);
            assertThat(server.requests("/api/"))
                    .filteredOn(s -> s.authorization().equals(List.of("Bearer new-token")))
                    .hasSize(threads);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Moves the sandbox clock two hours ahead whenever tokens are saved once armed. */
    private static final class ClockJumpingStore implements TokenStore {
        private final TokenStore delegate = new InMemoryTokenStore();
        private final CoreSandbox sandbox;
        final AtomicBoolean armed = new AtomicBoolean();

        ClockJumpingStore(CoreSandbox sandbox) {
            this.sandbox = sandbox;
        }

        @Override
        public Optional<TokenSet> load(String connection) {
            return delegate.load(connection);
        }

        @Override
        public void save(String connection, TokenSet tokens) {
            delegate.save(connection, tokens);
            if (armed.get()) {
                sandbox.clock().advance(Duration.ofHours(2));
            }
        }

        @Override
        public void delete(String connection) {
            delegate.delete(connection);
        }
    }
}
