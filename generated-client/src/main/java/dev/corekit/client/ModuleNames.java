package dev.corekit.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kind of a CORE entity ({@code entityType}), CORE's enumeration {@code ModuleNames}.
 *
 * <p>CORE's documentation names the type and gives "Project" and "Employee" as examples; it lists no other values and
 * does not say how they travel. The JSON texts are those words as written there. A value this enum lacks (another
 * module, or a number) is kept in the generated DTO's {@code unknownProperties()} and written back unchanged, while
 * the accessor returns {@code null}.
 */
public enum ModuleNames {
    /** A project. */
    @JsonProperty("Project")
    PROJECT,
    /** An employee. */
    @JsonProperty("Employee")
    EMPLOYEE
}
