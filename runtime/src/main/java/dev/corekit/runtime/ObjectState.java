package dev.corekit.runtime;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CORE's change-tracking state of an object. CORE's documentation names the values (new, unchanged, modified,
 * deleted) but not how they travel; CORE is a .NET API, and .NET writes an enum as its number by default, numbered in
 * order of declaration from 0, so corekit assumes the documented order: {@code New = 0}, {@code Unchanged = 1},
 * {@code Modified = 2}, {@code Deleted = 3}. A generated DTO reads either form (the name, or the number through
 * {@code @JsonAlias}) and writes the name back. A value outside these (another name, or another number) is kept by
 * the DTO and written back as it was read, while {@code objectState()} returns {@code null}.
 */
public enum ObjectState {
    @JsonProperty("New")
    @JsonAlias("0")
    NEW,
    @JsonProperty("Unchanged")
    @JsonAlias("1")
    UNCHANGED,
    @JsonProperty("Modified")
    @JsonAlias("2")
    MODIFIED,
    @JsonProperty("Deleted")
    @JsonAlias("3")
    DELETED
}
