package dev.corekit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.client.ActivityApi;
import dev.corekit.jdbc.JdbcStores;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.auth.AuthorizationResult;
import dev.corekit.runtime.auth.AuthorizationStateException;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.auth.PendingAuthorization;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.journal.JournalEntry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A web app runs as two instances behind a load balancer, with nothing shared in memory: one database holds the
 * tokens and the started logins. The user starts the login on instance A; the load balancer sends CORE's redirect to
 * instance B, which completes it; both instances then call CORE for that company.
 */
class WebLoginAcrossInstancesTest {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aLoginStartedOnOneInstanceCompletesOnAnotherAndBothCall() throws Exception {
        String url = Database.newSchema();
        SandboxClock clock = new SandboxClock(Clock.fixed(START, ZoneOffset.UTC));
        try (CoreSandbox sandbox = CoreSandbox.builder().clock(clock).start()) {
            AtomicReference<PendingAuthorization> saved = new AtomicReference<>();
            JdbcStores storesOfA = Database.stores(url);
            AuthorizationStore seenByA = new RecordingAuthorizationStore(storesOfA.authorizationStore(), saved);
            try (CoreApp a = Clients.app(sandbox.identityUrl(), clock, storesOfA.tokenStore(), seenByA);
                    CoreApp b = instance(sandbox, url)) {
                AuthorizationRequest login = a.authorization().start("acme", Map.of("returnTo", "/projects"));
                String verifier = saved.get().codeVerifier();
                assertThat(query(login.uri(), "code_challenge")).isEqualTo(challenge(verifier));
                assertNotInClear(url, "corekit_pending_authorizations", login.state(), verifier);

                URI callback = sandbox.approve(login.uri());
                AuthorizationResult result = b.authorization().complete(callback);

                assertThat(result.connection()).isEqualTo("acme");
                assertThat(result.applicationValues()).containsExactlyEntriesOf(Map.of("returnTo", "/projects"));
                assertThat(codeExchanges(sandbox)).hasSize(1);
                a.connection("acme").api(ActivityApi.class).list(CoreQuery.all());
                b.connection("acme").api(ActivityApi.class).list(CoreQuery.all());
                assertThat(apiCalls(sandbox)).extracting(JournalEntry::status).containsExactly(200, 200);
                assertNotInClear(
                        url,
                        "corekit_tokens",
                        result.tokens().accessToken(),
                        result.tokens().refreshToken());

                // The state is spent for every instance: the same callback again is a replay, and no code is sent.
                for (CoreApp instance : List.of(a, b)) {
                    assertThatThrownBy(() -> instance.authorization().complete(callback))
                            .isInstanceOfSatisfying(
                                    AuthorizationStateException.class,
                                    e -> assertThat(e.reason()).isEqualTo(AuthorizationStateException.Reason.REPLAYED));
                }
                assertThat(codeExchanges(sandbox)).hasSize(1);

                // After the access token expires, one instance refreshes and the other uses what it stored.
                clock.advance(sandbox.config().accessTokenLifetime().plus(Duration.ofMinutes(1)));
                b.connection("acme").api(ActivityApi.class).list(CoreQuery.all());
                a.connection("acme").api(ActivityApi.class).list(CoreQuery.all());
                assertThat(refreshes(sandbox)).extracting(JournalEntry::status).containsExactly(200);
                assertThat(apiCalls(sandbox)).extracting(JournalEntry::status).containsExactly(200, 200, 200, 200);
            }
        }
    }

    /** An instance of the app: stores of its own on the shared database. */
    private static CoreApp instance(CoreSandbox sandbox, String url) {
        JdbcStores stores = Database.stores(url);
        return Clients.app(sandbox.identityUrl(), sandbox.clock(), stores.tokenStore(), stores.authorizationStore());
    }

    /** Neither the secrets nor their base64 appear in any column of any row of {@code table}. */
    private static void assertNotInClear(String url, String table, String... secrets) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = Database.dataSource(url).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    values.add(rows.getString(column));
                }
            }
        }
        assertThat(values).as("values in %s", table).isNotEmpty();
        for (String secret : secrets) {
            String base64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
            assertThat(values)
                    .as("values in %s", table)
                    .noneMatch(value -> value != null && (value.contains(secret) || value.contains(base64)));
        }
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String query(URI uri, String name) {
        for (String parameter : uri.getRawQuery().split("&")) {
            if (parameter.startsWith(name + "=")) {
                return parameter.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in the authorize URI");
    }

    private static List<JournalEntry> codeExchanges(CoreSandbox sandbox) {
        return tokenRequests(sandbox, "grant_type=authorization_code");
    }

    private static List<JournalEntry> refreshes(CoreSandbox sandbox) {
        return tokenRequests(sandbox, "grant_type=refresh_token");
    }

    private static List<JournalEntry> tokenRequests(CoreSandbox sandbox, String grant) {
        return sandbox.journal()
                .filter(entry ->
                        entry.path().endsWith("/connect/token") && entry.body().contains(grant));
    }

    private static List<JournalEntry> apiCalls(CoreSandbox sandbox) {
        return sandbox.journal().filter(entry -> entry.path().startsWith("/api/"));
    }

    /** Hands everything on to the database's store, and keeps the last authorization saved, verifier included. */
    private record RecordingAuthorizationStore(AuthorizationStore store, AtomicReference<PendingAuthorization> saved)
            implements AuthorizationStore {
        @Override
        public void save(PendingAuthorization pending) {
            saved.set(pending);
            store.save(pending);
        }

        @Override
        public PendingAuthorization take(String stateHash, Instant now) {
            return store.take(stateHash, now);
        }

        @Override
        public boolean discard(String stateHash) {
            return store.discard(stateHash);
        }
    }
}
