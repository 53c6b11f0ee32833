package dev.corekit.annotation;

import dev.corekit.runtime.ObjectState;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * CORE's common fields, present on every stored object. A {@link CoreResource} declaration extends this interface to
 * inherit them; they become fields of the generated DTO like any declared accessor.
 */
public interface CoreEntity {

    /** The object's id, set by CORE on create. */
    UUID id();

    /** When the object was created, in UTC. */
    LocalDateTime createdOn();

    /** The user who created the object. */
    UUID createdById();

    /** When the object was last changed. */
    LocalDateTime lastUpdated();

    /** The user who last changed the object. */
    UUID lastUpdatedById();

    /** CORE's change-tracking state, read from its name or its number ({@code 0} = New); written by name. */
    ObjectState objectState();

    /** CORE's concurrency token. */
    @Redacted
    Integer token();

    /** The object's version; an update with a stale version fails with {@code 409}. */
    String version();
}
