package dev.corekit.runtime.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a generated DTO holds besides its field values: the properties set to an explicit JSON {@code null}, and the
 * properties its declaration does not know (with enum values it does not know) in the order read, to be written back.
 * Immutable; a DTO's {@link Builder} collects them.
 */
public final class JsonExtras {
    private static final JsonExtras NONE = new JsonExtras(Set.of(), Map.of());

    private final Set<String> nulls;
    private final Map<String, JsonNode> unknown;

    private JsonExtras(Set<String> nulls, Map<String, JsonNode> unknown) {
        this.nulls = nulls;
        this.unknown = unknown;
    }

    /**
     * Whether the property is set to an explicit JSON {@code null}.
     *
     * @param jsonName the property's JSON name
     * @return {@code true} when it is written as {@code null}
     */
    public boolean isNull(String jsonName) {
        return nulls.contains(jsonName);
    }

    /**
     * The unknown properties, in the order read.
     *
     * @return an unmodifiable map from JSON name to value
     */
    public Map<String, JsonNode> unknown() {
        return unknown;
    }

    /**
     * What a DTO's {@code @JsonAnyGetter} writes after its fields that have values: the properties set to
     * {@code null}, in the order of {@code jsonNames}, then the unknown properties.
     *
     * @param jsonNames the DTO's JSON property names in their declared order
     * @return the properties to write
     */
    public Map<String, ?> toJson(List<String> jsonNames) {
        if (nulls.isEmpty()) {
            return unknown;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        for (String name : jsonNames) {
            if (nulls.contains(name)) {
                json.put(name, NullNode.getInstance());
            }
        }
        json.putAll(unknown);
        return json;
    }

    /**
     * A builder holding these nulls and unknown properties, to be changed without changing this object.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        if (!nulls.isEmpty()) {
            builder.nulls = new HashSet<>(nulls);
        }
        if (!unknown.isEmpty()) {
            builder.unknown = new LinkedHashMap<>(unknown);
        }
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof JsonExtras that && nulls.equals(that.nulls) && unknown.equals(that.unknown);
    }

    @Override
    public int hashCode() {
        return 31 * nulls.hashCode() + unknown.hashCode();
    }

    /**
     * The explicit nulls and unknown properties of a DTO being built. {@link #build()} hands its collections to the
     * built object without copying them; the builder copies them before it changes them again.
     */
    public static final class Builder {
        private @Nullable Set<String> nulls;
        private @Nullable Map<String, JsonNode> unknown;
        private boolean shared;

        /** Creates a builder with no nulls and no unknown properties. */
        public Builder() {}

        /**
         * Records that a field was set: to an explicit JSON {@code null} when {@code value} is {@code null}. An
         * unknown value held under the field's name is dropped.
         *
         * @param jsonName the field's JSON name
         * @param value the value the field was set to
         */
        public void assigned(String jsonName, @Nullable Object value) {
            if (shared) {
                own();
            }
            if (value == null) {
                if (nulls == null) {
                    nulls = new HashSet<>();
                }
                nulls.add(jsonName);
            } else if (nulls != null) {
                nulls.remove(jsonName);
            }
            if (unknown != null) {
                unknown.remove(jsonName);
            }
        }

        /**
         * Keeps a property the declaration does not know, to be written back.
         *
         * @param jsonName the property's JSON name
         * @param value its value as read
         */
        public void putUnknown(String jsonName, JsonNode value) {
            if (shared) {
                own();
            }
            if (unknown == null) {
                unknown = new LinkedHashMap<>();
            }
            unknown.put(jsonName, value);
        }

        /**
         * Keeps the value read for an enum field that its enum does not know, to be written back; the field itself
         * stays unset. A JSON {@code null} is not kept: the field is then an explicit {@code null}.
         *
         * @param jsonName the field's JSON name
         * @param value the value as read
         */
        public void putUnknownValue(String jsonName, @Nullable JsonNode value) {
            if (value == null || value.isNull()) {
                return;
            }
            if (shared) {
                own();
            }
            if (nulls != null) {
                nulls.remove(jsonName);
            }
            putUnknown(jsonName, value);
        }

        /**
         * The nulls and unknown properties collected so far, for a built DTO.
         *
         * @return an immutable snapshot
         */
        public JsonExtras build() {
            boolean noNulls = nulls == null || nulls.isEmpty();
            boolean noUnknown = unknown == null || unknown.isEmpty();
            if (noNulls && noUnknown) {
                return NONE;
            }
            shared = true;
            return new JsonExtras(
                    noNulls ? Set.of() : nulls, noUnknown ? Map.of() : Collections.unmodifiableMap(unknown));
        }

        /** Copies the collections a built object shares, before this builder changes them. */
        private void own() {
            shared = false;
            if (nulls != null) {
                nulls = new HashSet<>(nulls);
            }
            if (unknown != null) {
                unknown = new LinkedHashMap<>(unknown);
            }
        }
    }
}
