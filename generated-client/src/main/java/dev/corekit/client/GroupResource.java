package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;

/**
 * A group that records are assigned to.
 *
 * <p>CORE path {@code group}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 6 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name, description; {@code JsonNode}: type; {@code Boolean}: isActive, isSystem,
 * autoAddNewRecords.
 *
 * <p>This text also heads the generated {@code Group} and {@code GroupApi}.
 */
@CoreResource(path = "group")
public interface GroupResource extends CoreEntity {
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
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the type
     */
    JsonNode type();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is active
     */
    Boolean isActive();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is system
     */
    Boolean isSystem();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is auto add new records
     */
    Boolean autoAddNewRecords();
}
