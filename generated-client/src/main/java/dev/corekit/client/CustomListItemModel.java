package dev.corekit.client;

import dev.corekit.annotation.CoreModel;
import java.util.UUID;

/**
 * An item of a custom list ({@code customlist.lineItems}): one choice of a drop-down custom field.
 *
 * <p>CORE documents, on {@code customfieldValue}, that a drop-down field's value is the id of the selected item and
 * its {@code description} the item itself; those two fields are declared. Other properties are kept in
 * {@code unknownProperties()} and written back.
 */
@CoreModel
public interface CustomListItemModel {
    /**
     * The item's id, the value a drop-down custom field stores. Type inferred: {@code UUID}.
     *
     * @return the id
     */
    UUID id();

    /**
     * The item as the drop-down shows it. Type inferred: {@code String}.
     *
     * @return the description
     */
    String description();
}
