package dev.corekit.client.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import dev.corekit.client.ModuleNames;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A CRM follow-up: a dated reminder about a linked record, assigned to someone.
 *
 * <p>CORE path {@code crm/followup}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 14 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code LocalDateTime}: date, reminderDate; {@code UUID}: linkedEntityId, assignedToId,
 * followUpTypeId; {@code String}: linkedEntity, assignedTo, description, memo, followUpType; {@code ModuleNames}:
 * linkedEntityType; {@code JsonNode}: assignedToType, status; {@code Integer}: priority.
 *
 * <p>This text also heads the generated {@code FollowUp} and {@code FollowUpApi}.
 */
@CoreResource(path = "crm/followup")
public interface FollowUpResource extends CoreEntity {
    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

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
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the assigned to type
     */
    JsonNode assignedToType();

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

    /**
     * Type inferred: {@code String}, the display name of the object {@code followUpTypeId} refers to.
     *
     * @return the follow up type
     */
    String followUpType();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the follow up type id
     */
    UUID followUpTypeId();
}
