package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A timer: time being measured for a resource on a project activity.
 *
 * <p>CORE path {@code timer}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 14 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code UUID}: resourceId, projectId, activityId; {@code String}: resource, project, activity,
 * description, memo; {@code JsonNode}: status; {@code LocalDateTime}: startTime, stopTime; {@code BigDecimal}: hours;
 * {@code Boolean}: overTime, billable.
 *
 * <p>This text also heads the generated {@code Timer} and {@code TimerApi}.
 */
@CoreResource(path = "timer")
public interface TimerResource extends CoreEntity {
    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the resource id
     */
    UUID resourceId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code resourceId} refers to.
     *
     * @return the resource
     */
    String resource();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the project id
     */
    UUID projectId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code projectId} refers to.
     *
     * @return the project
     */
    String project();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the activity id
     */
    UUID activityId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code activityId} refers to.
     *
     * @return the activity
     */
    String activity();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the start time
     */
    LocalDateTime startTime();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the stop time
     */
    LocalDateTime stopTime();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     *
     * @return the hours
     */
    BigDecimal hours();

    /**
     * Type inferred: {@code Boolean}, a flag: the time is overtime.
     *
     * @return whether it is over time
     */
    Boolean overTime();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is billable
     */
    Boolean billable();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the description
     */
    String description();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();
}
