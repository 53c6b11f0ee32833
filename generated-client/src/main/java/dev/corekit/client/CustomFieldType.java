package dev.corekit.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The type of a custom field ({@code type}), CORE's enumeration {@code CustomFieldType}.
 *
 * <p>CORE's documentation names the type, gives "text" and "date" as examples and speaks of drop-down custom fields
 * (whose value is the id of a custom list item); it lists no other values and does not say how they travel. The JSON
 * texts below follow {@link dev.corekit.runtime.ObjectState}: the documented word in upper camel case. They are
 * inferred, not seen: a value this enum lacks (another type, a different spelling, or a number) is kept in the
 * generated DTO's {@code unknownProperties()} and written back unchanged, while {@code type()} returns {@code null}.
 */
public enum CustomFieldType {
    /** Free text. */
    @JsonProperty("Text")
    TEXT,
    /** A date. */
    @JsonProperty("Date")
    DATE,
    /** A choice from a custom list; the value is the id of the chosen item. */
    @JsonProperty("DropDown")
    DROP_DOWN
}
