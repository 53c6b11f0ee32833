package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.auth.AuthorizationResult;
import dev.corekit.runtime.auth.AuthorizationStateException;
import dev.corekit.runtime.auth.InMemoryAuthorizationStore;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.MutableClock;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.idp.TokenRegistry;
import dev.corekit.sandbox.journal.JournalEntry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many connections of one {@link CoreApp} on one HTTP stack, against real servers: one connection pool, no thread per
 * connection, each connection's own token, and authorizations that start on one app and complete on another that
 * shares the store.
 */
class CoreAppTest {

    private static CoreApp.Builder app(String identityServer) {
        return CoreApp.builder()
                .clientId(SandboxConfig.DEMO_CLIENT_ID)
                .clientSecret(SandboxConfig.DEMO_CLIENT_SECRET)
                .redirectUri(SandboxConfig.DEMO_REDIRECT_URI)
                .scopes("readwrite:core", "offline_access")
                .identityServer(identityServer)
                .allowInsecureLoopback();
    }

    private static void store(CoreClient client, String access, String endpoint) {
        Fixtures.store(client, access, "refresh-" + access, Instant.now(), endpoint);
    }

    @Test
    void connectionsShareOnePoolAndEachSendsItsOwnToken() {
        try (TestServer server = TestServer.start();
                CoreApp app = app(server.url() + "/idp").build()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, "[]"));
            for (int i = 0; i < 20; i++) {
                store(app.connection("company-" + i), "token-" + i, server.url() + "/api/company-" + i);
            }

            for (int i = 0; i < 20; i++) {
                assertThat(app.connection("company-" + i).api(ActivityApi.class).list(CoreQuery.all()))
                        .isEmpty();
            }

            List<TestServer.Seen> calls = server.requests("/api/");
            assertThat(calls).hasSize(20);
            for (int i = 0; i < 20; i++) {
                String path = "/api/company-" + i + "/activity";
                String bearer = "Bearer token-" + i;
                assertThat(calls)
                        .filteredOn(call -> call.path().equals(path))
                        .singleElement()
                        .satisfies(call -> assertThat(call.authorization()).containsExactly(bearer));
            }
            // Sequential calls of 20 connections: one kept-alive TCP connection, not one per company.
            assertThat(calls.stream().map(TestServer.Seen::remotePort).collect(Collectors.toSet()))
                    .hasSize(1);
        }
    }

    @Test
    void theSameNameIsTheSameClientAndBadNamesAreRefused() {
        try (CoreApp app = app("http://127.0.0.1:9/idp").build()) {
            assertThat(app.connection("acme")).isSameAs(app.connection("acme"));
            assertThat(app.connection("acme")).isNotSameAs(app.connection("beta"));
            assertThat(app.connection("acme").connection()).isEqualTo("acme");

            assertThatThrownBy(() -> app.connection("../acme"))
                    .isInstanceOf(CoreConfigurationException.class)
                    .hasMessageContaining("connection");
            assertThatThrownBy(() -> app.connection(null)).isInstanceOf(CoreConfigurationException.class);

            CoreClient before = app.connection("acme");
            assertThat(app.release("acme")).isTrue();
            assertThat(app.connection("acme")).isNotSameAs(before);
        }
    }

    @Test
    void threadsAskingForTheSameConnectionAtOnceGetOneClient() throws Exception {
        try (CoreApp app = app("http://127.0.0.1:9/idp").build()) {
            int threads = 16;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<CoreClient>> asked = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    asked.add(pool.submit(() -> {
                        start.await();
                        return app.connection("acme");
                    }));
                }
                start.countDown();
                Set<CoreClient> clients = Collections.newSetFromMap(new IdentityHashMap<>());
                for (Future<CoreClient> client : asked) {
                    clients.add(client.get());
                }

                assertThat(clients).hasSize(1);
                assertThat(app.connectionCount()).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void twoHundredConnectionsCallingOnceStartNoThreadPerConnection() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (CoreSandbox sandbox = CoreSandbox.start();
                CoreApp app = app(sandbox.identityUrl()).build()) {
            // The shared stack and the sandbox warm up on one connection first.
            seed(sandbox, app.connection("warm-up"));
            app.connection("warm-up").api(ActivityApi.class).list(CoreQuery.all());
            int before = threads.getThreadCount();
            List<CoreClient> clients = new ArrayList<>();

            for (int i = 0; i < 200; i++) {
                CoreClient client = app.connection("company-" + i);
                seed(sandbox, client);
                assertThat(client.api(ActivityApi.class).list(CoreQuery.all())).isEmpty();
                clients.add(client);
            }

            assertThat(threads.getThreadCount() - before).isLessThan(10);
            assertThat(sandbox.journal().entries("/activity")).hasSize(201);
            Reference.reachabilityFence(clients);
        }
    }

    /** Stores valid tokens for {@code client}; returns the access token. */
    private static String seed(CoreSandbox sandbox, CoreClient client) {
        TokenRegistry.Issued issued = Fixtures.issue(sandbox, Fixtures.READ_WRITE);
        Fixtures.store(
                client, issued.accessToken(), issued.refreshToken(), Instant.now(), sandbox.endpoint(Fixtures.COMPANY));
        return issued.accessToken();
    }

    @Test
    void anAuthorizationStartedOnOneAppCompletesOnAnotherSharingOnlyTheStore() {
        InMemoryAuthorizationStore shared = new InMemoryAuthorizationStore();
        try (CoreSandbox sandbox = CoreSandbox.start();
                CoreApp a = native_(sandbox).authorizationStore(shared).build();
                CoreApp b = native_(sandbox).authorizationStore(shared).build()) {
            AuthorizationRequest login = a.authorization().start("acme", Map.of("returnTo", "/invoices"));
            URI callback = sandbox.approve(
                    login.uri(), SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD, "demo-company-b");

            AuthorizationResult result = b.authorization().complete(callback);

            assertThat(result.connection()).isEqualTo("acme");
            assertThat(result.applicationValues()).containsExactly(Map.entry("returnTo", "/invoices"));
            assertThat(b.connection("acme").isAuthorized()).isTrue();
            assertThat(a.connection("acme").isAuthorized()).isFalse();
            assertThat(sandbox.journal().entries("/connect/token"))
                    .singleElement()
                    .satisfies(exchange -> assertThat(exchange.body()).contains("code_verifier=***"));
            assertThat(b.connection("acme").api(ActivityApi.class).list(CoreQuery.all()))
                    .isEmpty();
            assertThat(sandbox.journal().entries("/activity"))
                    .singleElement()
                    .satisfies(call -> assertThat(call.path()).startsWith("/api/demo-company-b/"));

            // The state is single-use across both apps: A's replay is refused, and sends no code.
            assertThatThrownBy(() -> a.authorization().complete(callback))
                    .isInstanceOfSatisfying(
                            AuthorizationStateException.class,
                            e -> assertThat(e.reason()).isEqualTo(AuthorizationStateException.Reason.REPLAYED));
            assertThat(sandbox.journal().entries("/connect/token")).hasSize(1);
        }
    }

    /** The sandbox's app without a secret: its code is redeemable only with the verifier kept in the store. */
    private static CoreApp.Builder native_(CoreSandbox sandbox) {
        return CoreApp.builder()
                .clientId(SandboxConfig.DEMO_NATIVE_CLIENT_ID)
                .redirectUri(SandboxConfig.DEMO_REDIRECT_URI)
                .scopes("readwrite:core", "offline_access")
                .identityServer(sandbox.identityUrl())
                .allowInsecureLoopback()
                .tokenStore(new InMemoryTokenStore());
    }

    @Test
    void aConnectionsFlowRefusesTheStateOfAnotherConnection() {
        try (CoreSandbox sandbox = CoreSandbox.start();
                CoreApp app = native_(sandbox).build()) {
            AuthorizationRequest login = app.authorization().start("acme", Map.of());
            URI callback = sandbox.approve(
                    login.uri(), SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD, "demo-company-a");

            assertThatThrownBy(() -> app.connection("beta").authorization().complete(callback))
                    .isInstanceOfSatisfying(AuthorizationStateException.class, e -> {
                        assertThat(e.reason()).isEqualTo(AuthorizationStateException.Reason.OTHER_CONNECTION);
                        // A web app may show the message: it names neither tenant's connection.
                        assertThat(e.getMessage()).doesNotContain("acme").doesNotContain("beta");
                    });

            assertThat(sandbox.journal().entries("/connect/token")).isEmpty();
            assertThat(app.connection("beta").isAuthorized()).isFalse();
            assertThat(app.connection("acme").isAuthorized()).isFalse();
        }
    }

    @Test
    void aCallbackForAnotherConnectionThanTheExpectedOneSendsNoCode() {
        try (CoreSandbox sandbox = CoreSandbox.start();
                CoreApp app = native_(sandbox).build()) {
            // An attacker's login, completed by the browser of a victim whose request names the connection "victim".
            AuthorizationRequest attackers = app.authorization().start("attacker", Map.of());
            Map<String, String> callback = parameters(sandbox.approve(attackers.uri()));

            assertThatThrownBy(() -> app.authorization().complete(callback, "victim"))
                    .isInstanceOfSatisfying(AuthorizationStateException.class, e -> {
                        assertThat(e.reason()).isEqualTo(AuthorizationStateException.Reason.OTHER_CONNECTION);
                        assertThat(e.getMessage()).doesNotContain("attacker").doesNotContain("victim");
                    });
            assertThat(sandbox.journal().entries("/connect/token")).isEmpty();
            assertThat(app.connection("attacker").isAuthorized()).isFalse();
            assertThat(app.connection("victim").isAuthorized()).isFalse();
            // The refused state is spent: nobody can complete it afterwards.
            assertThatThrownBy(() -> app.authorization().complete(callback, "attacker"))
                    .isInstanceOfSatisfying(
                            AuthorizationStateException.class,
                            e -> assertThat(e.reason()).isEqualTo(AuthorizationStateException.Reason.REPLAYED));
            assertThat(sandbox.journal().entries("/connect/token")).isEmpty();

            // The expected connection's own login completes.
            AuthorizationRequest own = app.authorization().start("victim", Map.of());
            AuthorizationResult result = app.authorization().complete(parameters(sandbox.approve(own.uri())), "victim");
            assertThat(result.connection()).isEqualTo("victim");
            assertThat(sandbox.journal().entries("/connect/token")).hasSize(1);
            assertThat(app.connection("victim").isAuthorized()).isTrue();
        }
    }

    private static Map<String, String> parameters(URI callback) {
        Map<String, String> parameters = new HashMap<>();
        for (String parameter : callback.getRawQuery().split("&")) {
            int equals = parameter.indexOf('=');
            parameters.put(
                    parameter.substring(0, equals),
                    URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    @Timeout(60)
    void closingTheAppEndsTheThreadsItStarted(boolean jdkHttpClient) throws InterruptedException {
        try (CoreSandbox sandbox = CoreSandbox.start()) {
            // The sandbox's browser starts its own threads on its first login, before the count.
            try (CoreApp warmUp = native_(sandbox).build()) {
                sandbox.approve(
                        warmUp.authorization().start("warm-up", Map.of()).uri());
            }
            Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
            CoreApp.Builder builder = native_(sandbox);
            CoreApp app = (jdkHttpClient ? builder.jdkHttpClient() : builder).build();
            AuthorizationRequest login = app.authorization().start("acme", Map.of());
            app.authorization()
                    .complete(sandbox.approve(
                            login.uri(), SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD, "demo-company-a"));
            CoreClient acme = app.connection("acme");
            acme.api(ActivityApi.class).list(CoreQuery.all());
            List<Thread> executors = startedSince(before, "corekit-identity-", "corekit-http-");
            assertThat(executors)
                    .as("the executor threads of the app's JDK clients")
                    .extracting(Thread::getName)
                    .anyMatch(name -> name.startsWith("corekit-identity-"))
                    .anyMatch(name -> !jdkHttpClient || name.startsWith("corekit-http-"));

            app.close();

            // Each ends (the test's timeout fails a thread that would idle on); a JDK 17 selector thread ends only
            // once its client is collected, so what a user sees of it is that nothing is sent any more.
            for (Thread thread : executors) {
                thread.join();
            }
            assertThatThrownBy(() -> acme.api(ActivityApi.class).list(CoreQuery.all()))
                    .isInstanceOf(CoreException.class)
                    .hasMessageContaining("closed");
            assertThatThrownBy(() -> app.authorization().start("beta", Map.of()))
                    .isInstanceOf(CoreException.class)
                    .hasMessageContaining("closed");
            assertThat(sandbox.journal().entries("/activity")).hasSize(1);
        }
    }

    private static List<Thread> startedSince(Set<Thread> before, String... prefixes) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread))
                .filter(thread -> Arrays.stream(prefixes).anyMatch(thread.getName()::startsWith))
                .toList();
    }

    @Test
    @Timeout(30)
    void anAppWhoseBuildFailsAfterDiscoveryEndsTheIdentityClientsThreads() throws InterruptedException {
        try (CoreSandbox sandbox = CoreSandbox.start()) {
            Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());

            // Discovery starts the identity client; an app without a secret that turns PKCE off is refused after it.
            assertThatThrownBy(() -> native_(sandbox)
                            .discover(sandbox.identityUrl())
                            .pkce(false)
                            .build())
                    .isInstanceOfSatisfying(
                            CoreConfigurationException.class,
                            e -> assertThat(e.getMessage()).contains("pkce"));

            assertThat(sandbox.journal().entries("/.well-known/openid-configuration"))
                    .hasSize(1);
            // The identity client's executor threads end at once when it is closed (some may have ended already);
            // left open they would idle for a minute, twice the test's timeout.
            for (Thread thread : startedSince(before, "corekit-identity-")) {
                thread.join();
            }
        }
    }

    @Test
    void completingOnAClosedAppLeavesTheStateToAnotherInstance() {
        InMemoryAuthorizationStore shared = new InMemoryAuthorizationStore();
        try (CoreSandbox sandbox = CoreSandbox.start();
                CoreApp a = native_(sandbox).authorizationStore(shared).build()) {
            CoreApp closing = native_(sandbox).authorizationStore(shared).build();
            AuthorizationRequest login = a.authorization().start("acme", Map.of());
            URI callback = sandbox.approve(
                    login.uri(), SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD, "demo-company-a");
            closing.close();

            assertThatThrownBy(() -> closing.authorization().complete(callback))
                    .isInstanceOf(CoreException.class)
                    .hasMessageContaining("closed");

            assertThat(a.authorization().complete(callback).connection()).isEqualTo("acme");
            assertThat(a.connection("acme").isAuthorized()).isTrue();
        }
    }

    @Test
    void startingALoginBuildsNoClientAndChecksTheName() {
        try (CoreApp app = app("http://127.0.0.1:9/idp").build()) {
            AuthorizationRequest login = app.authorization().start("tenant-never-back", Map.of());

            assertThat(login.uri().getRawQuery()).contains("state=");
            assertThat(app.connectionCount()).isZero();
            assertThatThrownBy(() -> app.authorization().start("../etc", Map.of()))
                    .isInstanceOf(CoreConfigurationException.class)
                    .hasMessageContaining("connection");
        }
    }

    @Test
    void releaseIdleDropsTheClientsNotAskedForWithinTheDurationOnTheAppClock() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-15T12:00:00Z"));
        try (CoreApp app = app("http://127.0.0.1:9/idp").clock(clock).build()) {
            CoreClient acme = app.connection("acme");
            app.connection("beta");
            clock.advance(Duration.ofMinutes(30));
            app.connection("beta");
            clock.advance(Duration.ofMinutes(30));

            assertThat(app.releaseIdle(Duration.ofMinutes(31))).isEqualTo(1);

            assertThat(app.connectionCount()).isEqualTo(1);
            assertThat(app.connection("acme")).isNotSameAs(acme);
            assertThat(app.releaseIdle(Duration.ofMinutes(31))).isZero();
            assertThat(app.releaseIdle(Duration.ZERO)).isEqualTo(2);
            assertThat(app.connectionCount()).isZero();
            assertThatThrownBy(() -> app.releaseIdle(Duration.ofSeconds(-1)))
                    .isInstanceOf(CoreConfigurationException.class)
                    .hasMessageContaining("idleFor");
        }
    }

    @Test
    void aClientHeldAfterReleaseAndItsRebuildShareOneTokenManagerAndRefreshOnce() throws Exception {
        try (CoreSandbox sandbox = CoreSandbox.start();
                CoreApp app = app(sandbox.identityUrl()).build()) {
            CoreClient held = app.connection("acme");
            TokenRegistry.Issued issued = Fixtures.issue(sandbox, Fixtures.READ_WRITE);
            // Expired an hour ago: the next call of either client refreshes first.
            Fixtures.store(
                    held,
                    issued.accessToken(),
                    issued.refreshToken(),
                    Instant.now().minus(Duration.ofHours(2)),
                    sandbox.endpoint(Fixtures.COMPANY));
            app.release("acme");
            CoreClient rebuilt = app.connection("acme");

            assertThat(rebuilt).isNotSameAs(held);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<?>> calls = new ArrayList<>();
                for (CoreClient client : List.of(held, rebuilt)) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        return client.api(ActivityApi.class).list(CoreQuery.all());
                    }));
                }
                start.countDown();
                for (Future<?> call : calls) {
                    assertThat((List<?>) call.get()).isEmpty();
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(sandbox.journal().entries("/connect/token")).hasSize(1);
            assertThat(sandbox.journal().entries("/activity")).hasSize(2);
        }
    }

    @Test
    void aClosedAppRefusesConnectionsAndCallsOfClientsStillHeld() {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, "[]"));
            CoreApp app = app(server.url() + "/idp").build();
            CoreClient held = app.connection("acme");
            store(held, "acme-token", server.url() + "/api/acme");
            app.close();

            assertThatThrownBy(() -> app.connection("acme"))
                    .isInstanceOf(CoreException.class)
                    .hasMessageContaining("closed");
            assertThatThrownBy(() -> held.api(ActivityApi.class).list(CoreQuery.all()))
                    .isInstanceOf(CoreException.class)
                    .hasMessageContaining("closed");
            assertThat(server.requests("/api/")).isEmpty();
        }
    }

    @Test
    void aRefusedTokenOfOneConnectionAmongManyRefreshesThatConnectionOnly() {
        try (CoreSandbox sandbox = CoreSandbox.builder()
                        .configure(c -> c.notAuthenticatedStatus(401))
                        .start();
                CoreApp app = app(sandbox.identityUrl()).build()) {
            Map<String, String> accessTokens = new HashMap<>();
            for (int i = 0; i < 10; i++) {
                accessTokens.put("company-" + i, seed(sandbox, app.connection("company-" + i)));
            }
            TokenRegistry.Issued acme = Fixtures.issue(sandbox, Fixtures.READ_WRITE);
            Fixtures.store(
                    app.connection("acme"),
                    "dead-access-token",
                    acme.refreshToken(),
                    Instant.now(),
                    sandbox.endpoint(Fixtures.COMPANY));

            for (String name : List.of("company-3", "acme", "company-7")) {
                assertThat(app.connection(name).api(ActivityApi.class).list(CoreQuery.all()))
                        .isEmpty();
            }

            assertThat(sandbox.journal().entries("/connect/token")).hasSize(1);
            assertThat(sandbox.journal().entries("/activity"))
                    .extracting(JournalEntry::status)
                    .containsExactly(200, 401, 200, 200);
            assertThat(app.connection("acme").storedTokens().orElseThrow().accessToken())
                    .isNotEqualTo("dead-access-token");
            accessTokens.forEach((name, access) -> assertThat(
                            app.connection(name).storedTokens().orElseThrow().accessToken())
                    .as(name)
                    .isEqualTo(access));
        }
    }

    @Test
    void tokensOfAConnectionAreNeverSentForAnother() {
        try (TestServer server = TestServer.start();
                CoreApp app = app(server.url() + "/idp").build()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, "[]"));
            store(app.connection("acme"), "acme-token", server.url() + "/api/acme");
            store(app.connection("beta"), "beta-token", server.url() + "/api/beta");

            app.connection("beta").api(ActivityApi.class).list(CoreQuery.all());
            app.connection("acme").api(ActivityApi.class).list(CoreQuery.all());
            app.connection("beta").api(ActivityApi.class).list(CoreQuery.all());

            assertThat(server.requests("/api/beta/"))
                    .hasSize(2)
                    .allSatisfy(call -> assertThat(call.authorization()).containsExactly("Bearer beta-token"));
            assertThat(server.requests("/api/acme/"))
                    .singleElement()
                    .satisfies(call -> assertThat(call.authorization()).containsExactly("Bearer acme-token"));
        }
    }
}
