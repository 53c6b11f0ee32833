package dev.corekit.client.projectassignment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.util.UUID;

/**
 * An activity assigned to a project.
 *
 * <p>CORE path {@code projectassignment/activity}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 7 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code UUID}: projectId, itemId; {@code String}: project, description, item; {@code Boolean}:
 * billable; {@code JsonNode}: itemType.
 *
 * <p>This text also heads the generated {@code Activity} and {@code ActivityApi}.
 */
@CoreResource(path = "projectassignment/activity")
public interface ActivityResource extends CoreEntity {
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
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the item id
     */
    UUID itemId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code itemId} refers to.
     *
     * @return the item
     */
    String item();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the item type
     */
    JsonNode itemType();
}
