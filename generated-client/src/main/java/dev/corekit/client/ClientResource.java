package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A client of the company.
 *
 * <p>CORE path {@code client}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 25 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name, company, firstName, lastName, middleInitial, manager, memo, term,
 * feeScheduleName, currencyName, messageOnInvoice, defaultGroup, taxId; {@code JsonNode}: status, assignedGroups, type;
 * {@code UUID}: managerId, termId, feeScheduleId, currencyMultiplierId, defaultGroupId; {@code AddressModel}: address;
 * {@code LocalDateTime}: clientSince; {@code BigDecimal}: mainServiceTax, mainExpenseTax.
 *
 * <p>This text also heads the generated {@code Client} and {@code ClientApi}.
 */
@CoreResource(path = "client")
public interface ClientResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

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
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

    /**
     * Type inferred: {@code String}, the display name of the object {@code managerId} refers to.
     *
     * @return the manager
     */
    String manager();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the manager id
     */
    UUID managerId();

    /**
     * Type inferred: {@code AddressModel}, an address, a nested object.
     *
     * @return the address
     */
    AddressModel address();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the client since
     */
    LocalDateTime clientSince();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the main service tax
     */
    BigDecimal mainServiceTax();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the main expense tax
     */
    BigDecimal mainExpenseTax();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the term id
     */
    UUID termId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code termId} refers to.
     *
     * @return the term
     */
    String term();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the fee schedule id
     */
    UUID feeScheduleId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the fee schedule name
     */
    String feeScheduleName();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the currency multiplier id
     */
    UUID currencyMultiplierId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the currency name
     */
    String currencyName();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the message on invoice
     */
    String messageOnInvoice();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the default group id
     */
    UUID defaultGroupId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code defaultGroupId} refers to.
     *
     * @return the default group
     */
    String defaultGroup();

    /** {@return the custom fields} */
    List<CustomFieldDataModel> customFields();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the assigned groups
     */
    JsonNode assignedGroups();

    /**
     * Type inferred: {@code String}, text: a tax identification number, not a CORE id.
     *
     * @return the tax id
     */
    String taxId();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the type
     */
    JsonNode type();
}
