package dev.corekit.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.sandbox.CoreSandbox;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
    private final CoreSandbox sandbox = CoreSandbox.start();
    private final String token = SandboxHttp.token(sandbox, "demo-company-a", "readwrite:core");

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> list(String path) throws Exception {
        return SandboxHttp.send(SandboxHttp.get(sandbox.endpoint("demo-company-a") + path, token));
    }

    @Test
    void rateLimitsTheNextRequestsThenAnswersNormally() throws Exception {
        sandbox.faults().on("activity").rateLimit(2, 3);

        HttpResponse<String> first = list("activity");
        HttpResponse<String> second = list("activity");
        HttpResponse<String> third = list("activity");

        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(third.statusCode()).isEqualTo(200);
    }

    @Test
    void anInjected401CarriesAChallenge() throws Exception {
        sandbox.faults().on("activity").status(401, 1);

        HttpResponse<String> response = list("activity");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"corekit-sandbox\"");
    }

    @Test
    void rateLimitWithAnHttpDate() throws Exception {
        ZonedDateTime until = ZonedDateTime.of(2030, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
        sandbox.faults().on("activity").rateLimitUntil(1, until);

        assertThat(list("activity").headers().firstValue("Retry-After")).hasValue("Wed, 2 Jan 2030 03:04:05 GMT");
    }

    @Test
    void faultsApplyPerPathOnSegmentBoundaries() throws Exception {
        sandbox.faults().on("activity").status(500, 1);

        assertThat(list("timeentry").statusCode()).isEqualTo(200);
        assertThat(list("activityx").statusCode()).isNotEqualTo(500);
        assertThat(list("activity/3f1c9a52-8d77-4c59-9b7d-1a2b3c4d5e6f").statusCode())
                .isEqualTo(500);
        assertThat(list("activity").statusCode()).isEqualTo(200);
    }

    @Test
    void queuedFaultsApplyInOrder() throws Exception {
        sandbox.faults().on("activity").status(503, 1).status(500, 1);

        assertThat(list("activity").statusCode()).isEqualTo(503);
        assertThat(list("activity").statusCode()).isEqualTo(500);
        assertThat(list("activity").statusCode()).isEqualTo(200);
    }

    @Test
    void unavailableCarriesRetryAfter() throws Exception {
        sandbox.faults().on("activity").unavailable(1, 7);

        HttpResponse<String> response = list("activity");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
    }

    @Test
    void identityServerPathsTakeFaultsToo() throws Exception {
        sandbox.faults().on("connect/token").status(503, 1);

        HttpResponse<String> response = SandboxHttp.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(sandbox.identityUrl() + "/connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=refresh_token")));

        assertThat(response.statusCode()).isEqualTo(503);
    }

    @Test
    void dropsTheConnection() {
        // The JDK client sends a GET again once when the connection closes early, so drop more than one.
        sandbox.faults().on("activity").dropConnection(3);

        assertThatThrownBy(() -> list("activity")).isInstanceOf(IOException.class);
        assertThat(sandbox.journal().entries("/activity")).isNotEmpty().allMatch(entry -> entry.status() == 0);
    }

    @Test
    void sendsAMalformedBody() throws Exception {
        sandbox.faults().on("activity").malformedBody(1);

        HttpResponse<String> response = list("activity");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> new ObjectMapper().readTree(response.body()))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void delaysThenAnswers() throws Exception {
        sandbox.faults().on("activity").delay(Duration.ofMillis(300), 1);

        long start = System.nanoTime();
        HttpResponse<String> response = list("activity");
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(200);
        // A lower bound only: the sandbox must have waited; no upper bound, which would depend on the machine.
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void clearRemovesQueuedFaults() throws Exception {
        sandbox.faults().on("activity").status(500, 5);

        sandbox.faults().clear();

        assertThat(list("activity").statusCode()).isEqualTo(200);
    }

    @Test
    void badFaultsAreRefused() {
        assertThatThrownBy(() -> sandbox.faults().on("activity").status(200, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4xx or 5xx");
        assertThatThrownBy(() -> sandbox.faults().on("activity").rateLimit(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("times");
        assertThatThrownBy(() -> sandbox.faults().on("")).isInstanceOf(IllegalArgumentException.class);
    }
}
