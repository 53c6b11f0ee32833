package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.util.UUID;

/**
 * A custom field: an extra field added to a CORE module.
 *
 * <p>CORE path {@code customfield}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 1 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code CustomFieldType}: type.
 *
 * <p>This text also heads the generated {@code CustomField} and {@code CustomFieldApi}.
 */
@CoreResource(path = "customfield")
public interface CustomFieldResource extends CoreEntity {
    /** {@return the module} */
    CustomFieldModule module();

    /** {@return the definition id} */
    UUID definitionId();

    /** {@return the description} */
    String description();

    /** {@return the label} */
    String label();

    /**
     * Type inferred: {@code CustomFieldType}, the custom field's type: the same enumeration as
     * {@code customfieldValue.type} ({@code CustomFieldType}); values this enum lacks are kept in
     * {@code unknownProperties()}.
     *
     * @return the type
     */
    CustomFieldType type();

    /** {@return the length} */
    Integer length();

    /** {@return the custom list id} */
    UUID customListId();
}
