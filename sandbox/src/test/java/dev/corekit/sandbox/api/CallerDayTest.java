package dev.corekit.sandbox.api;

import static dev.corekit.sandbox.api.ApiTestClient.A;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.api.ApiTestClient.Response;
import dev.corekit.sandbox.journal.JournalEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server's "today" is the caller's local date by {@code X-UTC-OFFSET}, Pacific Standard Time without it: at
 * 02:00 UTC on 10 March it is still 9 March in California.
 */
class CallerDayTest {
    private static final Instant TWO_AM_UTC = Instant.parse("2026-03-10T02:00:00Z");

    private CoreSandbox sandbox;
    private ApiTestClient api;
    private String token;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.builder()
                .clock(new SandboxClock(Clock.fixed(TWO_AM_UTC, ZoneOffset.UTC)))
                .start();
        api = new ApiTestClient(sandbox);
        token = api.writer();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Response create(String path, String body, Map<String, String> headers) {
        return api.send("POST", token, A, path, body, headers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeentry", "expenseentry"})
    void anEntryWithoutADateGetsThePacificDateWhenTheHeaderIsAbsent(String path) {
        Response created = create(path, "{\"description\":\"late\"}", Map.of());

        assertThat(created.status()).isEqualTo(201);
        JsonNode entry = created.json();
        assertThat(entry.get("date").asText()).isEqualTo("2026-03-09T00:00:00");
        // createdOn stays UTC, as CORE documents.
        assertThat(entry.get("createdOn").asText()).isEqualTo("2026-03-10T02:00:00");
        JournalEntry journaled = sandbox.journal().last();
        assertThat(journaled.utcOffsetHeader()).isNull();
        assertThat(journaled.utcOffsetMinutes()).isEqualTo(-480);
    }

    @ParameterizedTest
    @CsvSource({"0, 2026-03-10", "330, 2026-03-10", "-120, 2026-03-10", "-180, 2026-03-09", "-720, 2026-03-09"})
    void anEntryWithoutADateGetsTheCallersLocalDate(String offset, String date) {
        Response created = create("timeentry", "{\"date\":null}", Map.of("X-UTC-OFFSET", offset));

        assertThat(created.json().get("date").asText()).isEqualTo(date + "T00:00:00");
        assertThat(sandbox.journal().last().utcOffsetMinutes()).isEqualTo(Integer.valueOf(offset));
    }

    @Test
    void aDateTheCallerSendsIsKeptAndOtherCollectionsGetNone() {
        Response dated = create("expenseentry", "{\"date\":\"2025-12-31T00:00:00\"}", Map.of());
        Response activity = create("activity", "{\"code\":\"DEV\"}", Map.of());

        assertThat(dated.json().get("date").asText()).isEqualTo("2025-12-31T00:00:00");
        assertThat(activity.json().has("date")).isFalse();
    }

    @Test
    void aBatchOfEntriesGetsTheCallersDateToo() {
        Response job = create("timeentry/batch", "[{\"description\":\"a\"}]", Map.of("X-UTC-OFFSET", "60"));

        String id = job.json().get("results").get(0).get("id").asText();
        assertThat(sandbox.api()
                        .company(A)
                        .get("timeentry", id)
                        .orElseThrow()
                        .get("date")
                        .asText())
                .isEqualTo("2026-03-10T00:00:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PST", "-480.5", "841", "-721", ""})
    void anOffsetThatIsNotWholeMinutesOnEarthIsRefused(String offset) {
        Response refused = create("timeentry", "{}", Map.of("X-UTC-OFFSET", offset));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).contains("X-UTC-OFFSET").contains("-720 to 840");
        assertThat(sandbox.journal().last().utcOffsetMinutes()).isNull();
        assertThat(sandbox.api().company(A).list("timeentry")).isEmpty();
    }
}
