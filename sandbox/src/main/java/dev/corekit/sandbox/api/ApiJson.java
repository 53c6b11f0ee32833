package dev.corekit.sandbox.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The JSON settings of the API side: objects are stored as trees that keep what the client sent. */
final class ApiJson {
    /**
     * Reads floating-point numbers as exact {@code BigDecimal}s with their scale ({@code 1.10} stays {@code 1.10}),
     * so that amounts survive a round trip digit for digit; integers become {@code long} or {@code BigInteger} as
     * Jackson does by default. Trees keep property order.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** CORE's date-time format: {@code yyyy-MM-ddTHH:mm:ss}, no fraction, no offset. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private ApiJson() {}

    /** {@code instant} as CORE writes UTC date-times, e.g. {@code 2025-01-31T17:04:05}. */
    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Parses a request body that must be one JSON object. */
    static ObjectNode parseObject(byte[] body) {
        JsonNode node = parse(body);
        if (!node.isObject()) {
            throw CoreErrors.badRequest("The request body must be one JSON object, not " + node.getNodeType() + ".");
        }
        return (ObjectNode) node;
    }

    /** Parses a request body that must be JSON. */
    static JsonNode parse(byte[] body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw CoreErrors.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw CoreErrors.badRequest("The request body cannot be read: " + e.getMessage());
        } catch (NumberFormatException e) {
            // Jackson reads exact decimals with BigDecimal, whose exponent is an int: 1e99999999999 does not fit.
            throw CoreErrors.badRequest(
                    "The request body is not valid JSON: a number is out of range (" + e.getMessage() + ").");
        }
        if (node == null || node.isMissingNode()) {
            throw CoreErrors.badRequest("The request body is empty; send the object as JSON.");
        }
        return node;
    }

    static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
