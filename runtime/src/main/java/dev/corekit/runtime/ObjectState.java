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
    /** Created and not yet saved ({@code "New"}). */
    @JsonProperty("New")
    @JsonAlias("0")
    NEW,
    /** Saved and not changed since ({@code "Unchanged"}). */
    @JsonProperty("Unchanged")
    @JsonAlias("1")
    UNCHANGED,
    /** Changed since it was saved ({@code "Modified"}). */
    @JsonProperty("Modified")
    @JsonAlias("2")
    MODIFIED,
    /** Marked for deletion ({@code "Deleted"}). */
    @JsonProperty("Deleted")
    @JsonAlias("3")
    DELETED
}
