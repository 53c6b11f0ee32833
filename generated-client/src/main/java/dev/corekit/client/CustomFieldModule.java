package dev.corekit.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The CORE module a custom field belongs to ({@code customfield.module}), CORE's enumeration
 * {@code CustomFieldModule}.
 *
 * <p>CORE's documentation names the type and gives "activity", "client" and "employee" as examples; it lists no other
 * values and does not say how they travel. The JSON texts below follow {@link dev.corekit.runtime.ObjectState}: the
 * documented word in upper camel case. They are inferred, not seen: a value this enum lacks (another module, a
 * different spelling, or a number) is kept in the generated DTO's {@code unknownProperties()} and written back
 * unchanged, while {@code module()} returns {@code null}.
 */
public enum CustomFieldModule {
    /** Activities. */
    @JsonProperty("Activity")
    ACTIVITY,
    /** Clients. */
    @JsonProperty("Client")
    CLIENT,
    /** Employees. */
    @JsonProperty("Employee")
    EMPLOYEE
}
