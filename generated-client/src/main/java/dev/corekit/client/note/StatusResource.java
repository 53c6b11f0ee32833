package dev.corekit.client.note;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;

/**
 * A note status, a list value of notes.
 *
 * <p>CORE path {@code note/status}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 2 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name; {@code Boolean}: isActive.
 *
 * <p>This text also heads the generated {@code Status} and {@code StatusApi}.
 */
@CoreResource(path = "note/status")
public interface StatusResource extends CoreEntity {
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
}
