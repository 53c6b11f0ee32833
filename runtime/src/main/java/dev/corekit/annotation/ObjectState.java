package dev.corekit.annotation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CORE's change-tracking state of an object. CORE's documentation names the values; how they travel on the wire is
 * not documented, so a value outside these (for example a number) is kept by the generated DTO and written back as
 * it was read, while {@code objectState()} returns {@code null}.
 */
public enum ObjectState {
    @JsonProperty("New")
    NEW,
    @JsonProperty("Unchanged")
    UNCHANGED,
    @JsonProperty("Modified")
    MODIFIED,
    @JsonProperty("Deleted")
    DELETED
}
