package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.util.List;
import java.util.UUID;

/**
 * A contact person of a client, vendor or other entity.
 *
 * <p>CORE path {@code contact}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 13 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: contactName, company, firstName, lastName, middleInitial, department, title,
 * salutation, memo; {@code Boolean}: isPrimaryContact; {@code AddressModel}: address; {@code UUID}: entityId;
 * {@code ModuleNames}: entityType.
 *
 * <p>This text also heads the generated {@code Contact} and {@code ContactApi}.
 */
@CoreResource(path = "contact")
public interface ContactResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the contact name
     */
    String contactName();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the company
     */
    String company();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the first name
     */
    String firstName();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the last name
     */
    String lastName();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the middle initial
     */
    String middleInitial();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the department
     */
    String department();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the title
     */
    String title();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the salutation
     */
    String salutation();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is primary contact
     */
    Boolean isPrimaryContact();

    /**
     * Type inferred: {@code AddressModel}, an address, a nested object.
     *
     * @return the address
     */
    AddressModel address();

    /** {@return the custom fields} */
    List<CustomFieldDataModel> customFields();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the entity id
     */
    UUID entityId();

    /**
     * Type inferred: {@code ModuleNames}, the kind of an entity, as CORE types {@code entityType} on custom field
     * values ({@code ModuleNames}); values this enum lacks are kept in {@code unknownProperties()}.
     *
     * @return the entity type
     */
    ModuleNames entityType();
}
