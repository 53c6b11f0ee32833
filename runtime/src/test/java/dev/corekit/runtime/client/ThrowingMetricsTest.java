package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.CoreNotFoundException;
import dev.corekit.runtime.metrics.CallOutcome;
import dev.corekit.runtime.metrics.CoreMetrics;
import dev.corekit.runtime.token.MutableClock;
import dev.corekit.runtime.token.RecordingSleeper;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.idp.TokenRegistry;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An app's CoreMetrics that throws never changes what a call or a token refresh does. */
class ThrowingMetricsTest {
    private CoreSandbox sandbox;
    private MutableClock clock;
    private PrintStream originalErr;
    private ByteArrayOutputStream captured;
    private final AtomicInteger hookCalls = new AtomicInteger();

    /** Throws from every hook, as a buggy metrics binding or a registry refusing a meter would. */
    private final CoreMetrics throwing = new CoreMetrics() {
        @Override
        public void callEnded(
                String resource, String method, CallOutcome outcome, Throwable failure, long durationNanos) {
            hookCalls.incrementAndGet();
            throw new IllegalStateException("metrics registry refused the meter");
        }

        @Override
        public void retried(String resource, String method) {
            hookCalls.incrementAndGet();
            throw new IllegalStateException("retried");
        }

        @Override
        public void tokenRefreshed(String connection) {
            hookCalls.incrementAndGet();
            throw new NullPointerException("tokenRefreshed");
        }
    };

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        originalErr = System.err;
        captured = new ByteArrayOutputStream();
        OutputStream tee = new OutputStream() {
            @Override
            public synchronized void write(int b) {
                captured.write(b);
                originalErr.write(b);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                captured.write(b, off, len);
                originalErr.write(b, off, len);
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setErr(originalErr);
        sandbox.close();
    }

    private CoreClient client(ClientKind kind) {
        CoreClient client = kind.apply(Fixtures.sandboxClient(sandbox))
                .metrics(throwing)
                .clock(clock)
                .sleeper(new RecordingSleeper(clock))
                .build();
        Fixtures.seed(sandbox, client, Fixtures.READ_WRITE, clock.instant());
        return client;
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aCreateReturnsItsObjectAndIsSentOnceWhenTheHookThrows(ClientKind kind) {
        ActivityApi api = client(kind).api(ActivityApi.class);

        JsonNode created = api.create(Fixtures.activity("DEV"));

        assertThat(created.get("code").asText()).isEqualTo("DEV");
        assertThat(created.get("id").asText()).isNotEmpty();
        assertThat(sandbox.journal().filter(e -> e.method().equals("POST"))).hasSize(1);
        assertThat(sandbox.api().company(Fixtures.COMPANY).list("activity")).hasSize(1);
        assertThat(hookCalls).hasValue(1);
        System.err.flush();
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("WARN")
                .contains("IllegalStateException")
                .contains("callEnded")
                .doesNotContain("metrics registry refused the meter");
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aTypedFailureStaysTheFailureWhenTheHookThrows(ClientKind kind) {
        ActivityApi api = client(kind).api(ActivityApi.class);

        assertThatThrownBy(() -> api.get("missing")).isInstanceOf(CoreNotFoundException.class);
    }

    @Test
    void aRetriedCallAndATokenRefreshGoOnWhenTheHookThrows() {
        Fixtures.seedActivity(sandbox, "DEV");
        CoreClient client = client(ClientKind.OKHTTP);
        TokenRegistry.Issued issued = Fixtures.seed(sandbox, client, Fixtures.READ_WRITE, clock.instant());
        ActivityApi api = client.api(ActivityApi.class);
        sandbox.faults().on("activity").status(503, 1);
        // Within the refresh skew: the call refreshes first, then is retried once after the 503.
        clock.advance(Duration.ofMinutes(59).plusSeconds(30));

        assertThat(api.list(CoreQuery.all())).hasSize(1);

        assertThat(sandbox.journal().entries("/connect/token")).hasSize(1);
        String refreshed = client.storedTokens().orElseThrow().accessToken();
        assertThat(refreshed).isNotEqualTo(issued.accessToken());
        assertThat(api.list(CoreQuery.all())).hasSize(1);
        assertThat(sandbox.journal().entries("/connect/token")).hasSize(1);
        assertThat(hookCalls.get()).isGreaterThanOrEqualTo(4);
        System.err.flush();
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .doesNotContain(issued.refreshToken())
                .doesNotContain(refreshed)
                .doesNotContain(SandboxConfig.DEMO_CLIENT_SECRET);
    }
}
