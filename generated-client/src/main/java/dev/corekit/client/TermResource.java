package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;

/**
 * A payment term, with its grace days.
 *
 * <p>CORE path {@code term}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 2 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name; {@code Integer}: graceDays.
 *
 * <p>This text also heads the generated {@code Term} and {@code TermApi}.
 */
@CoreResource(path = "term")
public interface TermResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the grace days
     */
    Integer graceDays();
}
