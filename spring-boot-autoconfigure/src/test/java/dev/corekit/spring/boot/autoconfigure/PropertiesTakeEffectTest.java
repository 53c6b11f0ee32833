package dev.corekit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.corekit.client.Activity;
import dev.corekit.client.Core;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.error.ApiEndpointException;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.error.CoreServerException;
import dev.corekit.runtime.error.CoreTransportException;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.journal.JournalEntry;
import dev.corekit.sandbox.junit.CoreSandboxExtension;
import dev.corekit.spring.boot.CoreConnections;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.util.UriComponentsBuilder;

/** Each {@code corekit.*} property changes what the sandbox sees, or what the application sees, against its default. */
@ExtendWith(CoreSandboxExtension.class)
class PropertiesTakeEffectTest {
    private final CoreSandbox sandbox;

    @TempDir
    Path tokens;

    PropertiesTakeEffectTest(CoreSandbox sandbox) {
        this.sandbox = sandbox;
    }

    private ApplicationContextRunner runner(String... properties) {
        return SandboxRunner.runner(sandbox, tokens)
                .withPropertyValues("corekit.store.type=memory")
                .withPropertyValues(properties);
    }

    /** Logs {@code acme} in, forgets what the sandbox saw so far, and returns the facade of the connection. */
    private Core loggedIn(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        SandboxRunner.logIn(context.getBean(CoreApp.class), sandbox, "acme");
        sandbox.journal().clear();
        return context.getBean(CoreConnections.class).core("acme");
    }

    /** {@return the decoded query parameters of the authorize URL the browser is sent to} */
    private static Map<String, List<String>> query(AuthorizationRequest request) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        UriComponentsBuilder.fromUri(request.uri())
                .build()
                .getQueryParams()
                .forEach((name, values) -> query.put(
                        name,
                        values.stream()
                                .map(value -> URLDecoder.decode(value, StandardCharsets.UTF_8))
                                .toList()));
        return query;
    }

    private static AuthorizationRequest start(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(CoreApp.class).authorization().start("acme", Map.of());
    }

    @Test
    void scopesAreTheAuthorizeRequestsScope() {
        runner("corekit.scopes=read:core")
                .run(context -> assertThat(query(start(context)).get("scope")).containsExactly("read:core"));
    }

    @Test
    void pkceFalseSendsNoChallengeAndNoVerifier() {
        runner("corekit.pkce=false").run(context -> {
            assertThat(query(start(context))).doesNotContainKey("code_challenge");
            SandboxRunner.logIn(context.getBean(CoreApp.class), sandbox, "acme");
            assertThat(tokenRequest().body()).doesNotContain("code_verifier");
        });
    }

    @Test
    void basicClientAuthenticationSendsTheSecretInTheHeaderOnly() {
        runner("corekit.client-authentication=basic").run(context -> {
            SandboxRunner.logIn(context.getBean(CoreApp.class), sandbox, "acme");
            JournalEntry token = tokenRequest();
            assertThat(token.header("Authorization")).startsWith("Basic ");
            assertThat(token.body()).doesNotContain("client_secret");
        });
    }

    private JournalEntry tokenRequest() {
        List<JournalEntry> requests = sandbox.journal().entries("/connect/token");
        assertThat(requests).isNotEmpty();
        return requests.get(requests.size() - 1);
    }

    @Test
    void utcOffsetIsTheOffsetEveryCallCarries() {
        runner("corekit.utc-offset=+05:30").run(context -> {
            loggedIn(context).activities().list(CoreQuery.all());
            assertThat(sandbox.journal().last().utcOffsetMinutes()).isEqualTo(330);
        });
    }

    @Test
    void timeZoneIsTheZoneWhoseOffsetEveryCallCarries() {
        runner("corekit.time-zone=Asia/Kathmandu").run(context -> {
            loggedIn(context).activities().list(CoreQuery.all());
            assertThat(sandbox.journal().last().utcOffsetMinutes()).isEqualTo(345);
        });
    }

    @Test
    void retryMaxAttemptsIsHowOftenAFailingCallIsSent() {
        runner("corekit.retry.max-attempts=2", "corekit.retry.base-delay=1ms", "corekit.retry.max-delay=1ms")
                .run(context -> {
                    Core core = loggedIn(context);
                    sandbox.faults().on("activity").status(503, 10);
                    assertThatThrownBy(() -> core.activities().list(CoreQuery.all()))
                            .isInstanceOf(CoreServerException.class);
                    assertThat(sandbox.journal().entries("/activity")).hasSize(2);
                });
    }

    @Test
    void retryPostsSendsAPostAgainAfterA503() {
        runner("corekit.retry.retry-posts=true", "corekit.retry.base-delay=1ms", "corekit.retry.max-delay=1ms")
                .run(context -> {
                    Core core = loggedIn(context);
                    sandbox.faults().on("activity").status(503, 1);
                    core.activities()
                            .create(Activity.builder()
                                    .code("DEV")
                                    .name("Development")
                                    .build());
                    assertThat(sandbox.journal().entries("/activity"))
                            .extracting(JournalEntry::status)
                            .containsExactly(503, 201);
                });
    }

    @Test
    void retryMaxRetryAfterFailsAtOnceWhenCoreAsksForALongerWait() {
        runner("corekit.retry.max-retry-after=1s").run(context -> failsAtOnceOnA503AskingToWait(context, 2));
    }

    @Test
    void retryDeadlineFailsAtOnceWhenTheWaitWouldPassIt() {
        runner("corekit.retry.deadline=500ms").run(context -> failsAtOnceOnA503AskingToWait(context, 1));
    }

    /** A call answered {@code 503} with {@code Retry-After: seconds} fails after that one attempt. */
    private void failsAtOnceOnA503AskingToWait(AssertableApplicationContext context, long seconds) {
        Core core = loggedIn(context);
        sandbox.faults().on("activity").unavailable(1, seconds);
        assertThatThrownBy(() -> core.activities().list(CoreQuery.all())).isInstanceOf(CoreException.class);
        assertThat(sandbox.journal().entries("/activity")).hasSize(1);
    }

    @Test
    void pendingLifetimeIsHowLongALoginMayTake() {
        runner("corekit.pending-lifetime=3m").run(context -> {
            Instant before = Instant.now();
            Instant expiresAt = start(context).expiresAt();
            assertThat(expiresAt)
                    .isBetween(before.plus(Duration.ofMinutes(3)), Instant.now().plus(Duration.ofMinutes(3)));
        });
    }

    @Test
    void allowedHostsAreTheOnlyHostsATokensEndpointMayName() {
        runner("corekit.allowed-hosts=example.com").run(context -> {
            context.getBean(TokenStore.class).save("acme", tokens("https://core.example.org/"));
            Core core = context.getBean(CoreConnections.class).core("acme");
            assertThatThrownBy(() -> core.activities().list(CoreQuery.all()))
                    .isInstanceOf(ApiEndpointException.class)
                    .hasMessageContaining("host core.example.org is not example.com");
            assertThat(sandbox.journal().entries()).isEmpty();
        });
    }

    @Test
    void apiBaseIsCalledWhenTheTokensNameNoEndpoint() {
        runner("corekit.api-base=" + sandbox.endpoint("demo-company-a")).run(context -> {
            loggedIn(context);
            // The tokens of a connection not used yet, as an identity server that names no endpoint issues them.
            TokenStore store = context.getBean(TokenStore.class);
            TokenSet issued = store.load("acme").orElseThrow();
            store.save(
                    "no-endpoint",
                    new TokenSet(
                            issued.accessToken(),
                            issued.refreshToken(),
                            issued.tokenType(),
                            issued.receivedAt(),
                            issued.expiresAt(),
                            issued.scopes(),
                            null,
                            null));
            context.getBean(CoreConnections.class)
                    .core("no-endpoint")
                    .activities()
                    .list(CoreQuery.all());
            JournalEntry call = sandbox.journal().last();
            assertThat(call.path()).isEqualTo("/api/demo-company-a/activity");
            assertThat(call.status()).isEqualTo(200);
        });
    }

    @Test
    void refreshSkewRefreshesATokenThatExpiresWithinIt() {
        // The sandbox's access tokens live an hour: with a two-hour skew, every call refreshes first.
        runner("corekit.refresh-skew=2h").run(context -> {
            loggedIn(context).activities().list(CoreQuery.all());
            assertThat(tokenRequest().body()).contains("grant_type=refresh_token");
        });
    }

    @Test
    void jdkHttpClientSendsTheCalls() {
        runner("corekit.http-client=jdk").run(context -> {
            loggedIn(context).activities().list(CoreQuery.all());
            JournalEntry call = sandbox.journal().last();
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.header("User-Agent")).startsWith("Java-http-client");
        });
    }

    @Test
    void logLevelBasicLogsEachCall() {
        Logger feign = (Logger) LoggerFactory.getLogger("dev.corekit.runtime.http.feign");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Level level = feign.getLevel();
        feign.addAppender(lines);
        feign.setLevel(Level.DEBUG);
        try {
            runner("corekit.log-level=basic").run(context -> {
                loggedIn(context).activities().list(CoreQuery.all());
                assertThat(lines.list)
                        .extracting(ILoggingEvent::getFormattedMessage)
                        .anySatisfy(
                                line -> assertThat(line).contains("---> GET").contains("/activity"));
            });
        } finally {
            feign.detachAppender(lines);
            feign.setLevel(level);
        }
    }

    @Test
    void readTimeoutEndsACallTheServerAnswersTooLate() {
        runner("corekit.read-timeout=200ms", "corekit.retry.max-attempts=1").run(context -> {
            Core core = loggedIn(context);
            sandbox.faults().on("activity").delay(Duration.ofSeconds(2), 1);
            assertThatThrownBy(() -> core.activities().list(CoreQuery.all()))
                    .isInstanceOf(CoreTransportException.class);
        });
    }

    private static TokenSet tokens(String endpoint) {
        Instant now = Instant.now();
        return new TokenSet(
                "access", null, "Bearer", now, now.plusSeconds(3600), Set.of("readwrite:core"), endpoint, null);
    }
}
