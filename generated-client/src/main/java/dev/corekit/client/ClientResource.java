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
    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String name();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String company();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String firstName();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String lastName();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String middleInitial();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode status();

    /** Type inferred: {@code String}, the display name of the object {@code managerId} refers to. */
    String manager();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID managerId();

    /** Type inferred: {@code AddressModel}, an address, a nested object. */
    AddressModel address();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String memo();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime clientSince();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal mainServiceTax();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal mainExpenseTax();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID termId();

    /** Type inferred: {@code String}, the display name of the object {@code termId} refers to. */
    String term();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID feeScheduleId();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String feeScheduleName();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID currencyMultiplierId();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String currencyName();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String messageOnInvoice();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID defaultGroupId();

    /** Type inferred: {@code String}, the display name of the object {@code defaultGroupId} refers to. */
    String defaultGroup();

    List<CustomFieldDataModel> customFields();

    /** Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON. */
    JsonNode assignedGroups();

    /** Type inferred: {@code String}, text: a tax identification number, not a CORE id. */
    String taxId();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode type();
}
