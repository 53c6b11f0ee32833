package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;

/**
 * A cost pool, with its priority.
 *
 * <p>CORE path {@code costpool}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 3 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name; {@code Boolean}: isActive; {@code Integer}: priority.
 *
 * <p>This text also heads the generated {@code CostPool} and {@code CostPoolApi}.
 */
@CoreResource(path = "costpool")
public interface CostPoolResource extends CoreEntity {
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
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the priority
     */
    Integer priority();
}
