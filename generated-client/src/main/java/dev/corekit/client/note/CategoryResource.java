package dev.corekit.client.note;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;

/**
 * A note category, a list value of notes.
 *
 * <p>CORE path {@code note/category}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 3 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name; {@code Boolean}: isActive, isSystem.
 *
 * <p>This text also heads the generated {@code Category} and {@code CategoryApi}.
 */
@CoreResource(path = "note/category")
public interface CategoryResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

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
