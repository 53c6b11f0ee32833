package dev.corekit.client.group;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.util.UUID;

/**
 * A group membership: one entity assigned to a group.
 *
 * <p>CORE path {@code group/detail}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 3 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code UUID}: groupId, entityId; {@code String}: entity.
 *
 * <p>This text also heads the generated {@code Detail} and {@code DetailApi}.
 */
@CoreResource(path = "group/detail")
public interface DetailResource extends CoreEntity {
    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the group id
     */
    UUID groupId();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the entity id
     */
    UUID entityId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code entityId} refers to.
     *
     * @return the entity
     */
    String entity();
}
