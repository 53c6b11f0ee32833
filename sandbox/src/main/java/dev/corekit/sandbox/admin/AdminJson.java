package dev.corekit.sandbox.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.corekit.sandbox.http.SandboxRequest;
import java.io.IOException;

/** Reads admin request bodies: exact decimals, as the API stores them, and every error a {@code 400}. */
final class AdminJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private AdminJson() {}

    /** The body as JSON; a missing or malformed body is a {@code 400}. */
    static JsonNode body(SandboxRequest request) {
        JsonNode node;
        try {
            node = MAPPER.readTree(request.body());
        } catch (JsonProcessingException e) {
            throw AdminError.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException | NumberFormatException e) {
            throw AdminError.badRequest("The body is not valid JSON: " + e.getMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw AdminError.badRequest("The body is empty; send JSON.");
        }
        return node;
    }

    /** A whole number property of {@code node}, {@code fallback} when absent. */
    static long number(JsonNode node, String name, long fallback) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw AdminError.badRequest("'" + name + "' must be a whole number, was " + value);
        }
        return value.longValue();
    }

    /** A whole number property of {@code node} that must be there. */
    static long requiredNumber(JsonNode node, String name) {
        if (!node.hasNonNull(name)) {
            throw AdminError.badRequest("'" + name + "' is required");
        }
        return number(node, name, 0);
    }

    /** A text property of {@code node} that must be there. */
    static String requiredText(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw AdminError.badRequest("'" + name + "' is required, as a string");
        }
        return value.asText();
    }
}
