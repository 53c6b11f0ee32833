package dev.corekit.client.hr.lists;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;

/**
 * A journal type, a list value of HR journal entries.
 *
 * <p>CORE path {@code hr/lists/journaltype}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 4 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name, description; {@code Boolean}: isActive, isSystem.
 *
 * <p>This text also heads the generated {@code JournalType} and {@code JournalTypeApi}.
 */
@CoreResource(path = "hr/lists/journaltype")
public interface JournalTypeResource extends CoreEntity {
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
