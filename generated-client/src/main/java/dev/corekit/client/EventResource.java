package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A calendar event, possibly recurring and tied to a project.
 *
 * <p>CORE path {@code event}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 11 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name, description, projectName; {@code LocalDateTime}: startDateTime, endDateTime;
 * {@code UUID}: projectId, eventRecurrencePatternId; {@code Boolean}: isRecurringEvent, isAllDayEvent;
 * {@code JsonNode}: attendees, eventRecurrencePattern.
 *
 * <p>This text also heads the generated {@code Event} and {@code EventApi}.
 */
@CoreResource(path = "event")
public interface EventResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the description
     */
    String description();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the start date time
     */
    LocalDateTime startDateTime();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the end date time
     */
    LocalDateTime endDateTime();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the project id
     */
    UUID projectId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the project name
     */
    String projectName();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is recurring event
     */
    Boolean isRecurringEvent();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is all day event
     */
    Boolean isAllDayEvent();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the event recurrence pattern id
     */
    UUID eventRecurrencePatternId();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the attendees
     */
    JsonNode attendees();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the event recurrence pattern
     */
    JsonNode eventRecurrencePattern();
}
