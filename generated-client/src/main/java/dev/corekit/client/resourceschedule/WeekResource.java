package dev.corekit.client.resourceschedule;

import dev.corekit.annotation.CoreResource;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A week of the resource schedule.
 *
 * <p>CORE path {@code resourceschedule/week}; operations: list, get, create, update and delete.
 *
 * <p>The catalogue row lacks CORE's common fields ({@code createdOn}, ...), so this declaration does not extend
 * {@code CoreEntity}. Its {@code id} has no type in the catalogue; it is declared a {@code UUID}, as CORE's ids are.
 *
 * <p>The catalogue gives no type for 3 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code LocalDateTime}: startDate, endDate; {@code UUID}: id.
 *
 * <p>This text also heads the generated {@code Week} and {@code WeekApi}.
 */
@CoreResource(path = "resourceschedule/week")
public interface WeekResource {
    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the start date
     */
    LocalDateTime startDate();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the end date
     */
    LocalDateTime endDate();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the id
     */
    UUID id();
}
