package dev.corekit.client;

import dev.corekit.annotation.CoreModel;
import java.util.UUID;

/**
 * The value of one custom field on an object, an item of the {@code customFields} list that CORE nests in most
 * resources (in lists only when the query asks for {@code expand=customFields}). CORE's documentation calls these
 * objects {@code CustomFieldData}.
 *
 * <p>Their own field table could not be read; the fields declared here are those CORE documents for
 * {@code customfieldValue}, which holds the same data seen from the custom field's side. Other properties are kept in
 * {@code unknownProperties()} and written back.
 */
@CoreModel
public interface CustomFieldDataModel {
    /**
     * The custom field this value belongs to. Type inferred: {@code UUID}, as on {@code customfieldValue}.
     *
     * @return the custom field id
     */
    UUID customFieldId();

    /**
     * The custom field's name. Type inferred: {@code String}, as on {@code customfieldValue}.
     *
     * @return the label
     */
    String label();

    /**
     * The value as text; for a drop-down field, the id of the selected custom list item. Type inferred:
     * {@code String}, as on {@code customfieldValue}.
     *
     * @return the value
     */
    String value();

    /**
     * The custom field's type. Type inferred: {@link CustomFieldType}, as on {@code customfieldValue}.
     *
     * @return the type
     */
    CustomFieldType type();

    /**
     * For a drop-down field, the selected custom list item. Type inferred: {@code String}, as on
     * {@code customfieldValue}.
     *
     * @return the description
     */
    String description();
}
