package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.util.UUID;

/**
 * A custom field value: the content of one custom field on one entity.
 *
 * <p>CORE path {@code customfieldValue}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>This text also heads the generated {@code CustomFieldValue} and {@code CustomFieldValueApi}.
 */
@CoreResource(path = "customfieldValue")
public interface CustomFieldValueResource extends CoreEntity {
    /** {@return the entity id} */
    UUID entityId();

    /** {@return the value} */
    String value();

    /** {@return the label} */
    String label();

    /** {@return the type} */
    CustomFieldType type();

    /** {@return the entity type} */
    ModuleNames entityType();

    /** {@return the custom field id} */
    UUID customFieldId();
}
