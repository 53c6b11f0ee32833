package dev.corekit.processor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Parses JSON text into trees that keep numbers exact, so two trees are equal only if every number is, and that
 * reject duplicate keys.
 */
final class JsonTrees {

    // Trailing zeros kept: 1.10 and 1.1 are different trees. Duplicate detection: a tree would otherwise keep only the
    // last of two equal keys and hide the first.
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JsonTrees() {}

    /** Parses {@code json}; decimals become {@code BigDecimal}s with their scale, integers keep every digit. */
    static JsonNode tree(String json) {
        try {
            return EXACT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    /**
     * Asserts that {@code actualJson} holds the same JSON as {@code expected}: same keys and values in any key
     * order, numbers equal digit for digit (so {@code 1.10} differs from {@code 1.1}), no duplicate keys.
     */
    static void assertSameJson(String actualJson, JsonNode expected) {
        assertThat(canonical(tree(actualJson)))
                .as("JSON (keys sorted) of %s", actualJson)
                .isEqualTo(canonical(expected));
    }

    /**
     * Renders {@code node} with object keys sorted at every level; decimals keep their scale, which
     * {@code JsonNode.equals} ignores.
     */
    static String canonical(JsonNode node) {
        return sorted(node).toString();
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            new TreeMap<>(node.properties().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                    .forEach((name, value) -> copy.set(name, sorted(value)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }

    /** Turns JSON written with single quotes for readability into JSON ({@code 'a'} becomes {@code "a"}). */
    static String json(String singleQuotedJson) {
        return singleQuotedJson.replace('\'', '"');
    }

    /** Parses a JSON text written with single quotes for readability ({@code 'a'} becomes {@code "a"}). */
    static JsonNode quoted(String singleQuotedJson) {
        return tree(json(singleQuotedJson));
    }
}
