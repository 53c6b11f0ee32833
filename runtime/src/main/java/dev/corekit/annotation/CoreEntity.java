package dev.corekit.annotation;

import dev.corekit.runtime.ObjectState;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * CORE's common fields, present on every stored object. A {@link CoreResource} declaration extends this interface to
 * inherit them; they become fields of the generated DTO like any declared accessor.
 */
public interface CoreEntity {

    /** {@return the object's id, set by CORE on create} */
    UUID id();

    /** {@return when the object was created, in UTC} */
    LocalDateTime createdOn();

    /** {@return the user who created the object} */
    UUID createdById();

    /** {@return when the object was last changed} */
    LocalDateTime lastUpdated();

    /** {@return the user who last changed the object} */
    UUID lastUpdatedById();

    /**
     * CORE's change-tracking state, read from its name or its number ({@code 0} = New); written by name.
     *
     * @return the object state
     */
    ObjectState objectState();

    /**
     * CORE's concurrency token.
     *
     * @return the token
     */
    @Redacted
    Integer token();

    /** {@return the object's version; an update with a stale version fails with {@code 409}} */
    String version();
}
