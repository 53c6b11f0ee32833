package dev.corekit.runtime.generated;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON texts of an enum a generated DTO holds: each constant is written as its JSON text and read from it or from
 * one of its aliases; a JSON number is read as its decimal text, so an alias {@code "0"} reads {@code 0}. A value
 * the enum lacks reads as {@code null}, and the DTO keeps it as an unknown property.
 *
 * @param <E> the enum
 */
public final class JsonEnum<E extends Enum<E>> {
    private final Map<E, String> texts;
    private final Map<String, E> constants;

    private JsonEnum(Map<E, String> texts, Map<String, E> constants) {
        this.texts = texts;
        this.constants = constants;
    }

    /**
     * Starts the texts of {@code type}.
     *
     * @param type the enum
     * @param <E> the enum
     * @return a builder without constants
     */
    public static <E extends Enum<E>> Builder<E> of(Class<E> type) {
        return new Builder<>(type);
    }

    /**
     * Reads one constant.
     *
     * @param json a JSON text or whole number
     * @return the constant, or {@code null} for JSON {@code null}, another kind of value or a value the enum lacks
     */
    public @Nullable E read(@Nullable JsonNode json) {
        return json != null && (json.isTextual() || json.isIntegralNumber()) ? constants.get(json.asText()) : null;
    }

    /**
     * Reads a list of constants.
     *
     * @param json a JSON array
     * @return the constants in order ({@code null} items as {@code null}), or {@code null} when {@code json} is not an
     *     array or holds a value the enum lacks
     */
    public @Nullable List<@Nullable E> readList(@Nullable JsonNode json) {
        if (json == null || !json.isArray()) {
            return null;
        }
        List<@Nullable E> values = new ArrayList<>(json.size());
        for (JsonNode item : json) {
            E value = read(item);
            if (value == null && !item.isNull()) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    /**
     * Reads a map of constants.
     *
     * @param json a JSON object
     * @return the constants by key in order ({@code null} values as {@code null}), or {@code null} when {@code json}
     *     is not an object or holds a value the enum lacks
     */
    public @Nullable Map<String, @Nullable E> readMap(@Nullable JsonNode json) {
        if (json == null || !json.isObject()) {
            return null;
        }
        Map<String, @Nullable E> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            E value = read(entry.getValue());
            if (value == null && !entry.getValue().isNull()) {
                return null;
            }
            values.put(entry.getKey(), value);
        }
        return values;
    }

    /**
     * Writes one constant.
     *
     * @param value the constant
     * @return its JSON text, or {@code null} for {@code null}
     */
    public @Nullable String write(@Nullable E value) {
        if (value == null) {
            return null;
        }
        String text = texts.get(value);
        return text != null ? text : value.name();
    }

    /**
     * Writes a list of constants.
     *
     * @param values the constants
     * @return their JSON texts in order, or {@code null} for {@code null}
     */
    public @Nullable List<@Nullable String> writeList(@Nullable List<@Nullable E> values) {
        if (values == null) {
            return null;
        }
        List<@Nullable String> json = new ArrayList<>(values.size());
        for (E value : values) {
            json.add(write(value));
        }
        return json;
    }

    /**
     * Writes a map of constants.
     *
     * @param values the constants by key
     * @return their JSON texts by key in order, or {@code null} for {@code null}
     */
    public @Nullable Map<String, @Nullable String> writeMap(@Nullable Map<String, @Nullable E> values) {
        if (values == null) {
            return null;
        }
        Map<String, @Nullable String> json = new LinkedHashMap<>();
        for (Map.Entry<String, @Nullable E> entry : values.entrySet()) {
            json.put(entry.getKey(), write(entry.getValue()));
        }
        return json;
    }

    /**
     * Collects the JSON texts of an enum's constants.
     *
     * @param <E> the enum
     */
    public static final class Builder<E extends Enum<E>> {
        private final Map<E, String> texts;
        private final Map<String, E> constants = new HashMap<>();

        private Builder(Class<E> type) {
            this.texts = new EnumMap<>(type);
        }

        /**
         * Adds a constant; a text already read as an earlier constant keeps that constant.
         *
         * @param constant the constant
         * @param json the text it is written as and read from
         * @param aliases other texts it is read from
         * @return this builder
         */
        public Builder<E> add(E constant, String json, String... aliases) {
            texts.put(constant, json);
            constants.putIfAbsent(json, constant);
            for (String alias : aliases) {
                constants.putIfAbsent(alias, constant);
            }
            return this;
        }

        /**
         * Finishes the texts.
         *
         * @return the texts, immutable
         */
        public JsonEnum<E> build() {
            return new JsonEnum<>(texts, Map.copyOf(constants));
        }
    }
}
