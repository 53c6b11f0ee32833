package dev.corekit.client;

import dev.corekit.annotation.CoreResource;
import dev.corekit.annotation.Operation;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A deleted-history record: which entity was deleted, when and by whom.
 *
 * <p>CORE path {@code deletedHistory}; operations: list and get (the history is read-only).
 *
 * <p>The catalogue row lacks CORE's common fields ({@code createdOn}, ...), so this declaration does not extend
 * {@code CoreEntity}. Its {@code id} has no type in the catalogue; it is declared a {@code UUID}, as CORE's ids are.
 *
 * <p>The catalogue gives no type for 6 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code UUID}: entityId, id, deletedById; {@code ModuleNames}: entityType; {@code String}: entity;
 * {@code LocalDateTime}: deletedOn.
 *
 * <p>This text also heads the generated {@code DeletedHistory} and {@code DeletedHistoryApi}.
 */
@CoreResource(
        path = "deletedHistory",
        operations = {Operation.LIST, Operation.GET})
public interface DeletedHistoryResource {
    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the entity id
     */
    UUID entityId();

    /**
     * Type inferred: {@code ModuleNames}, the kind of an entity, as CORE types {@code entityType} on custom field
     * values ({@code ModuleNames}); values this enum lacks are kept in {@code unknownProperties()}.
     *
     * @return the entity type
     */
    ModuleNames entityType();

    /**
     * Type inferred: {@code String}, the display name of the deleted entity.
     *
     * @return the entity
     */
    String entity();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the id
     */
    UUID id();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the deleted on
     */
    LocalDateTime deletedOn();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the deleted by id
     */
    UUID deletedById();
}
