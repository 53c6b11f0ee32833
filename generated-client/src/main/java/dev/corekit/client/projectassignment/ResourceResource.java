package dev.corekit.client.projectassignment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.util.UUID;

/**
 * A resource (an employee or a vendor) assigned to a project.
 *
 * <p>CORE path {@code projectassignment/resource}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 6 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code UUID}: resourceId, projectId; {@code String}: resource, classification, project;
 * {@code JsonNode}: resourceType.
 *
 * <p>This text also heads the generated {@code Resource} and {@code ResourceApi}.
 */
@CoreResource(path = "projectassignment/resource")
public interface ResourceResource extends CoreEntity {
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
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the resource type
     */
    JsonNode resourceType();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the classification
     */
    String classification();

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
}
