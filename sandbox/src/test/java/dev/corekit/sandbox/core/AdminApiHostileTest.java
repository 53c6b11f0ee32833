package dev.corekit.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.CoreSandbox;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile admin requests get a 4xx naming what was wrong, and the sandbox keeps serving. */
class AdminApiHostileTest {
    private CoreSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.builder().adminApi(true).start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> call(String method, String path, String json) throws Exception {
        return SandboxHttp.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private void assertStillServing() throws Exception {
        assertThat(call("GET", "/__admin/clock", null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/demo-company-a/activity", null).body()).isEqualTo("\"Not authenticated\"");
    }

    @Test
    void aClockAdvancePastTheRangeOfInstantIsRefused() throws Exception {
        HttpResponse<String> refused = call("POST", "/__admin/clock/advance", "{\"seconds\":" + Long.MAX_VALUE + "}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("cannot be advanced by " + Long.MAX_VALUE + " seconds");
        assertStillServing();
    }

    @Test
    void aFaultStatusBeyondAnIntIsRefusedNotWrapped() throws Exception {
        // 4294967696 would wrap to 400 when cast to an int.
        HttpResponse<String> refused =
                call("POST", "/__admin/faults", "{\"path\":\"activity\",\"kind\":\"status\",\"status\":4294967696}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("4xx or 5xx, was 4294967696");
        assertStillServing();
    }

    @Test
    void aNegativeDelayIsRefused() throws Exception {
        HttpResponse<String> refused =
                call("POST", "/__admin/faults", "{\"path\":\"activity\",\"kind\":\"delay\",\"delayMillis\":-5}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("must not be negative");
        assertStillServing();
    }
}
