package dev.corekit.runtime.generated;

import org.jspecify.annotations.Nullable;

/**
 * The {@code toString()} of a generated DTO: {@code Name{field=value, ...}} with the fields that are set (to a value
 * or to an explicit {@code null}), {@code @Redacted} values as {@code ***}, and unknown properties by name only.
 */
public final class DtoToString {
    private final StringBuilder text;
    private final JsonExtras extras;
    private String separator = "";

    private DtoToString(String type, JsonExtras extras) {
        this.text = new StringBuilder(type).append('{');
        this.extras = extras;
    }

    /**
     * Starts the text of a DTO.
     *
     * @param type the DTO's simple name
     * @param extras the DTO's nulls and unknown properties
     * @return a text without fields
     */
    public static DtoToString of(String type, JsonExtras extras) {
        return new DtoToString(type, extras);
    }

    /**
     * Adds a field whose JSON name is its Java name, when it is set.
     *
     * @param name the field's name
     * @param value the field's value
     * @return this text
     */
    public DtoToString add(String name, @Nullable Object value) {
        return add(name, name, value);
    }

    /**
     * Adds a field, when it is set.
     *
     * @param name the field's Java name
     * @param jsonName the field's JSON name
     * @param value the field's value
     * @return this text
     */
    public DtoToString add(String name, String jsonName, @Nullable Object value) {
        if (value != null || extras.isNull(jsonName)) {
            text.append(separator).append(name).append('=').append(value);
            separator = ", ";
        }
        return this;
    }

    /**
     * Adds a {@code @Redacted} field whose JSON name is its Java name, when it is set: {@code ***} for a value.
     *
     * @param name the field's name
     * @param value the field's value, never printed
     * @return this text
     */
    public DtoToString redacted(String name, @Nullable Object value) {
        return redacted(name, name, value);
    }

    /**
     * Adds a {@code @Redacted} field, when it is set: {@code ***} for a value.
     *
     * @param name the field's Java name
     * @param jsonName the field's JSON name
     * @param value the field's value, never printed
     * @return this text
     */
    public DtoToString redacted(String name, String jsonName, @Nullable Object value) {
        return add(name, jsonName, value == null ? null : "***");
    }

    /**
     * The text: the fields added, then the names of the unknown properties.
     *
     * @return {@code Name{...}}
     */
    @Override
    public String toString() {
        StringBuilder result = new StringBuilder(text);
        if (!extras.unknown().isEmpty()) {
            result.append(separator)
                    .append("unknownProperties=")
                    .append(extras.unknown().keySet());
        }
        return result.append('}').toString();
    }
}
