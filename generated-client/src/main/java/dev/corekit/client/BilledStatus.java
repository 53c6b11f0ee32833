package dev.corekit.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The billing status of a time or expense entry ({@code billStatus}), CORE's enumeration {@code BilledStatus}.
 *
 * <p>CORE's documentation names the type and gives "un-billed" as an example, and CORE's help speaks of billed
 * entries; it lists no other values and does not say how they travel. The JSON texts below follow
 * {@link dev.corekit.runtime.ObjectState}: the documented word in upper camel case. They are inferred, not seen: a
 * value this enum lacks (another word, a different spelling, or a number) is kept in the generated DTO's
 * {@code unknownProperties()} and written back unchanged, while {@code billStatus()} returns {@code null}.
 */
public enum BilledStatus {
    /** Not billed yet ("un-billed" in CORE's documentation). */
    @JsonProperty("Unbilled")
    UNBILLED,
    /** Billed on an invoice. */
    @JsonProperty("Billed")
    BILLED
}
