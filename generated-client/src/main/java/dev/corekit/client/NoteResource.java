package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A note recorded about an entity.
 *
 * <p>CORE path {@code note}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 14 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code LocalDateTime}: date; {@code String}: description, reportedBy, masterEntity, linkedEntity,
 * noteCategory, noteStatus; {@code UUID}: reportedById, masterEntityId, linkedEntityId, noteCategoryId, noteStatusId;
 * {@code ModuleNames}: masterEntityType, linkedEntityType.
 *
 * <p>This text also heads the generated {@code Note} and {@code NoteApi}.
 */
@CoreResource(path = "note")
public interface NoteResource extends CoreEntity {
    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the description
     */
    String description();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the reported by id
     */
    UUID reportedById();

    /**
     * Type inferred: {@code String}, the display name of the object {@code reportedById} refers to.
     *
     * @return the reported by
     */
    String reportedBy();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the master entity id
     */
    UUID masterEntityId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code masterEntityId} refers to.
     *
     * @return the master entity
     */
    String masterEntity();

    /**
     * Type inferred: {@code ModuleNames}, the kind of an entity, as CORE types {@code entityType} on custom field
     * values ({@code ModuleNames}); values this enum lacks are kept in {@code unknownProperties()}.
     *
     * @return the master entity type
     */
    ModuleNames masterEntityType();

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
     * @return the note category id
     */
    UUID noteCategoryId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code noteCategoryId} refers to.
     *
     * @return the note category
     */
    String noteCategory();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the note status id
     */
    UUID noteStatusId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code noteStatusId} refers to.
     *
     * @return the note status
     */
    String noteStatus();
}
