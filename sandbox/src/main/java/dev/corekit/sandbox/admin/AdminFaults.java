package dev.corekit.sandbox.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.sandbox.faults.Faults;
import java.time.Duration;

/**
 * Queues a fault from JSON, {@code {"path": "activity", "kind": "status", "status": 503, "times": 2}}: the kinds and
 * their settings are those of {@link Faults.Plan}.
 *
 * <ul>
 *   <li>{@code status}: {@code status} (4xx or 5xx)
 *   <li>{@code rateLimit}: {@code 429} with {@code Retry-After: retryAfterSeconds}
 *   <li>{@code unavailable}: {@code 503} with {@code Retry-After: retryAfterSeconds}
 *   <li>{@code delay}: answered normally after {@code delayMillis}
 *   <li>{@code dropConnection}, {@code malformedBody}
 * </ul>
 *
 * {@code times} is 1 unless given.
 */
final class AdminFaults {
    private AdminFaults() {}

    static void queue(Faults faults, JsonNode fault) {
        String path = AdminJson.requiredText(fault, "path");
        String kind = AdminJson.requiredText(fault, "kind");
        int times = (int) Math.min(Integer.MAX_VALUE, AdminJson.number(fault, "times", 1));
        try {
            Faults.Plan plan = faults.on(path);
            switch (kind) {
                case "status" -> plan.status(status(AdminJson.requiredNumber(fault, "status")), times);
                case "rateLimit" -> plan.rateLimit(times, AdminJson.requiredNumber(fault, "retryAfterSeconds"));
                case "unavailable" -> plan.unavailable(times, AdminJson.requiredNumber(fault, "retryAfterSeconds"));
                case "delay" -> plan.delay(Duration.ofMillis(AdminJson.requiredNumber(fault, "delayMillis")), times);
                case "dropConnection" -> plan.dropConnection(times);
                case "malformedBody" -> plan.malformedBody(times);
                default ->
                    throw AdminError.badRequest("unknown fault kind '" + kind
                            + "' (known: status, rateLimit, unavailable, delay, dropConnection, malformedBody)");
            }
        } catch (IllegalArgumentException e) {
            throw AdminError.badRequest(e.getMessage());
        }
    }

    /** The status as given; a number beyond an int would wrap into a valid one when cast. */
    private static int status(long status) {
        if (status != (int) status) {
            throw AdminError.badRequest("fault status must be 4xx or 5xx, was " + status);
        }
        return (int) status;
    }
}
