package dev.corekit.client.hr.lists;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;

/**
 * An incident type, a list value of HR incidents.
 *
 * <p>CORE path {@code hr/lists/incidenttype}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 4 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name, description; {@code Boolean}: isActive, isSystem.
 *
 * <p>This text also heads the generated {@code IncidentType} and {@code IncidentTypeApi}.
 */
@CoreResource(path = "hr/lists/incidenttype")
public interface IncidentTypeResource extends CoreEntity {
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
}
