package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;

/**
 * A class: a category that activities, expense items and entries are assigned to ({@code classId}).
 *
 * <p>CORE path {@code class}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 2 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name; {@code Boolean}: isActive.
 *
 * <p>Named {@code AccountingClass}, not {@code Class}: a generated type {@code Class} in {@code dev.corekit.client}
 * would hide {@code java.lang.Class} in that package and make {@code import dev.corekit.client.*} ambiguous.
 *
 * <p>This text also heads the generated {@code AccountingClass} and {@code AccountingClassApi}.
 */
@CoreResource(path = "class")
public interface AccountingClassResource extends CoreEntity {
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
