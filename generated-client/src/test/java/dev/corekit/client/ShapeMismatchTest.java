package dev.corekit.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.corekit.runtime.CoreJson;
import dev.corekit.runtime.error.CoreResponseException;
import dev.corekit.runtime.internal.http.CoreDecoder;
import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A value of another shape than declared is an error naming the DTO and the field, never a silent conversion that a
 * read-modify-write would send back changed.
 */
class ShapeMismatchTest {
    private static final ObjectMapper CORE = CoreJson.mapper();

    @Test
    void textWhereANumberIsDeclared() {
        String json = RoundTripTest.TIME_ENTRY.replace("\"billRate\": 150.0", "\"billRate\": \"abc\"");

        assertThatThrownBy(() -> CORE.readValue(json, TimeEntry.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("TimeEntry")
                .hasMessageContaining("\"billRate\"");
    }

    @Test
    void aNumberWhereTextIsDeclared() {
        String json = "{\"code\": 5, \"name\": \"Design\"}";

        assertThatThrownBy(() -> CORE.readValue(json, Activity.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Activity")
                .hasMessageContaining("\"code\"");
    }

    @Test
    void aWrongShapeInANestedObjectNamesTheNestedDtoAndThePath() {
        String json = RoundTripTest.INVOICE.replace("\"amount\": 11000.00", "\"amount\": \"eleven thousand\"");

        assertThatThrownBy(() -> CORE.readValue(json, Invoice.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Invoice")
                .hasMessageContaining("\"lineItems\"")
                .hasMessageContaining("LineItem")
                .hasMessageContaining("\"amount\"");
    }

    @Test
    void anObjectWhereTextIsDeclared() {
        String json = RoundTripTest.CLIENT.replace("\"taxId\": \"12-3456789\"", "\"taxId\": {\"ein\": \"12-3456789\"}");

        assertThatThrownBy(() -> CORE.readValue(json, Client.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Client")
                .hasMessageContaining("\"taxId\"");
    }

    @Test
    void theClientsDecoderReportsTheDtoAndTheField() {
        String json = RoundTripTest.TIME_ENTRY.replace("\"billRate\": 150.0", "\"billRate\": \"abc\"");
        Request request = Request.create(
                Request.HttpMethod.GET,
                "https://api.bqecore.com/api/timeentry/7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
                Map.of(),
                null,
                StandardCharsets.UTF_8,
                null);
        Response response = Response.builder()
                .status(200)
                .reason("OK")
                .request(request)
                .headers(Map.of())
                .body(json, StandardCharsets.UTF_8)
                .build();

        assertThatThrownBy(() -> new CoreDecoder(CORE).decode(response, TimeEntry.class))
                .hasMessageContaining("TimeEntry")
                .hasMessageContaining("billRate")
                .cause()
                .isInstanceOf(CoreResponseException.class)
                .hasMessageContaining("field billRate of TimeEntry");
    }
}
