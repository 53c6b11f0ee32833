package dev.corekit.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The standalone jar's admin API, over plain HTTP with JSON, as a client in another language would use it. */
class AdminApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StandaloneJar jar;

    @BeforeEach
    void start() throws Exception {
        jar = StandaloneJar.start(List.of());
    }

    @AfterEach
    void stop() throws Exception {
        jar.close();
    }

    private HttpResponse<String> call(String method, String path, String json) throws Exception {
        return SandboxHttp.send(HttpRequest.newBuilder(URI.create(jar.baseUrl() + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void seedsReadsAndClearsData() throws Exception {
        HttpResponse<String> seeded = call(
                "POST",
                "/__admin/data/demo-company-a/activity",
                "[{\"code\":\"DEV\"},{\"code\":\"QA\",\"rate\":1.10}]");

        assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(201);
        assertThat(json(seeded)).hasSize(2);
        assertThat(json(seeded).get(0).get("id").asText()).isNotEmpty();
        JsonNode listed = json(call("GET", "/__admin/data/demo-company-a/activity", null));
        assertThat(listed.findValuesAsText("code")).containsExactly("DEV", "QA");
        assertThat(call("GET", "/__admin/data/demo-company-a/activity", null).body())
                .contains("\"rate\":1.10");
        assertThat(json(call("GET", "/__admin/data/demo-company-a/company", null))
                        .get("companyId")
                        .asText())
                .isEqualTo("demo-company-a");

        assertThat(call("DELETE", "/__admin/data/demo-company-a", null).statusCode())
                .isEqualTo(204);

        assertThat(json(call("GET", "/__admin/data/demo-company-a/activity", null)))
                .isEmpty();
        assertThat(call("GET", "/__admin/data/no-such-company/activity", null).statusCode())
                .isEqualTo(404);
        assertThat(call("GET", "/__admin/data/demo-company-a/no-such-path", null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void queuesFaultsAndReadsTheJournal() throws Exception {
        HttpResponse<String> queued = call(
                "POST",
                "/__admin/faults",
                "{\"path\":\"activity\",\"kind\":\"rateLimit\",\"times\":1,\"retryAfterSeconds\":7}");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(204);

        HttpResponse<String> limited = call("GET", "/api/demo-company-a/activity", null);
        HttpResponse<String> next = call("GET", "/api/demo-company-a/activity", null);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).isEqualTo("\"Not authenticated\"");
        JsonNode journal = json(call("GET", "/__admin/journal?path=/activity", null));
        assertThat(journal.findValuesAsText("status")).containsExactly("429", "200");
        assertThat(journal.get(0).get("method").asText()).isEqualTo("GET");
        assertThat(journal.get(0).get("path").asText()).isEqualTo("/api/demo-company-a/activity");
        assertThat(journal.get(0).get("utcOffsetMinutes").asInt()).isEqualTo(-480);
        // The admin API's own requests are not journaled.
        assertThat(json(call("GET", "/__admin/journal", null)).findValuesAsText("path"))
                .allMatch(path -> !path.startsWith("/__admin"));

        assertThat(call("DELETE", "/__admin/journal", null).statusCode()).isEqualTo(204);
        assertThat(json(call("GET", "/__admin/journal", null))).isEmpty();
    }

    @Test
    void clearsQueuedFaults() throws Exception {
        call("POST", "/__admin/faults", "{\"path\":\"connect/token\",\"kind\":\"status\",\"status\":503,\"times\":5}");

        assertThat(call("DELETE", "/__admin/faults", null).statusCode()).isEqualTo(204);

        assertThat(call("GET", "/idp/connect/token", null).statusCode()).isEqualTo(405);
    }

    @Test
    void refusesABadFaultNamingWhatIsWrong() throws Exception {
        HttpResponse<String> unknown = call("POST", "/__admin/faults", "{\"path\":\"activity\",\"kind\":\"explode\"}");
        HttpResponse<String> noStatus = call("POST", "/__admin/faults", "{\"path\":\"activity\",\"kind\":\"status\"}");
        HttpResponse<String> badStatus =
                call("POST", "/__admin/faults", "{\"path\":\"activity\",\"kind\":\"status\",\"status\":200}");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown fault kind 'explode'", "dropConnection");
        assertThat(noStatus.statusCode()).isEqualTo(400);
        assertThat(noStatus.body()).contains("'status' is required");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("4xx or 5xx");
    }

    @Test
    void aWrongMethodIs405WithTheAllowedOnes() throws Exception {
        HttpResponse<String> put = call("PUT", "/__admin/faults", "{}");

        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("POST, DELETE");
    }

    @Test
    void advancesTheClockSoThatTokensExpire() throws Exception {
        Instant before = Instant.parse(
                json(call("GET", "/__admin/clock", null)).get("now").asText());

        HttpResponse<String> advanced = call("POST", "/__admin/clock/advance", "{\"seconds\":3660}");

        assertThat(advanced.statusCode()).isEqualTo(200);
        Instant after = Instant.parse(json(advanced).get("now").asText());
        assertThat(Duration.between(before, after)).isGreaterThanOrEqualTo(Duration.ofSeconds(3660));
        assertThat(Duration.between(before, after)).isLessThan(Duration.ofSeconds(3660 + 60));
        assertThat(call("POST", "/__admin/clock/advance", "{\"seconds\":\"soon\"}")
                        .statusCode())
                .isEqualTo(400);
    }
}
