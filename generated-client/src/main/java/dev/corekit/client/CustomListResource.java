package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.util.List;

/**
 * A custom list: the items a drop-down custom field offers.
 *
 * <p>CORE path {@code customlist}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 3 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name; {@code List<CustomListItemModel>}: lineItems; {@code Boolean}: isSystem.
 *
 * <p>This text also heads the generated {@code CustomList} and {@code CustomListApi}.
 */
@CoreResource(path = "customlist")
public interface CustomListResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code List<CustomListItemModel>}, the list's items, nested objects.
     *
     * @return the line items
     */
    List<CustomListItemModel> lineItems();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is system
     */
    Boolean isSystem();
}
