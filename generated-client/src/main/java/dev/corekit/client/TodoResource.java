package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A to-do assigned to someone, possibly about a linked record.
 *
 * <p>CORE path {@code todo}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 13 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code LocalDateTime}: startDate, endDate, reminderDate; {@code UUID}: linkedEntityId,
 * assignedToId; {@code String}: linkedEntity, assignedTo, description, memo; {@code ModuleNames}: linkedEntityType;
 * {@code BigDecimal}: percentComplete; {@code Integer}: priority; {@code JsonNode}: status.
 *
 * <p>This text also heads the generated {@code Todo} and {@code TodoApi}.
 */
@CoreResource(path = "todo")
public interface TodoResource extends CoreEntity {
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
     * @return the linked entity id
     */
    UUID linkedEntityId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code linkedEntityId} refers to.
     *
     * @return the linked entity
     */
    String linkedEntity();

    /**
     * Type inferred: {@code ModuleNames}, the kind of an entity, as CORE types {@code entityType} on custom field
     * values ({@code ModuleNames}); values this enum lacks are kept in {@code unknownProperties()}.
     *
     * @return the linked entity type
     */
    ModuleNames linkedEntityType();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the assigned to id
     */
    UUID assignedToId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code assignedToId} refers to.
     *
     * @return the assigned to
     */
    String assignedTo();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the percent complete
     */
    BigDecimal percentComplete();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the priority
     */
    Integer priority();

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
     * @return the reminder date
     */
    LocalDateTime reminderDate();

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
