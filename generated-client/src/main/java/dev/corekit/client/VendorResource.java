package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import dev.corekit.annotation.Redacted;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A vendor.
 *
 * <p>CORE path {@code vendor}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 53 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code JsonNode}: type, status, salaryPayPeriod, compTimeFrequency, submitTo, role, gender,
 * assignedGroups; {@code UUID}: termId, managerId, defaultGroupId, currencyId, payableAccountId, securityProfileId,
 * expenseAccountId; {@code String}: term, taxId, displayName, firstName, lastName, middleInitial, title, manager, memo,
 * department, bankRouting, bankAccount, salutation, defaultGroup, currency, payableAccount, securityProfile, company,
 * expenseAccount; {@code BigDecimal}: billRate, costRate, dailyStandardHours, weeklyStandardHours, overtimeCostRate,
 * overtimeBillRate, salary, compTimeHours, overheadFactor, utilizationTarget; {@code Boolean}: is1099Applicable,
 * autoDeposit, autoOverTime, autoApproveTimeEntry, autoApproveExpenseEntry; {@code AddressModel}: address;
 * {@code LocalDateTime}: dateHired, dateReleased, dateOfBirth.
 *
 * <p>This text also heads the generated {@code Vendor} and {@code VendorApi}.
 */
@CoreResource(path = "vendor")
public interface VendorResource extends CoreEntity {
    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode type();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID termId();

    /** Type inferred: {@code String}, the display name of the object {@code termId} refers to. */
    String term();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal billRate();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal costRate();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean is1099Applicable();

    /** Type inferred: {@code String}, text: a tax identification number, not a CORE id. */
    String taxId();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String displayName();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String firstName();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String lastName();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String middleInitial();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String title();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID managerId();

    /** Type inferred: {@code String}, the display name of the object {@code managerId} refers to. */
    String manager();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode status();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal dailyStandardHours();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal weeklyStandardHours();

    /** Type inferred: {@code AddressModel}, an address, a nested object. */
    AddressModel address();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime dateHired();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String memo();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal overtimeCostRate();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal overtimeBillRate();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String department();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime dateReleased();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal salary();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode salaryPayPeriod();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo). Printed as {@code ***} by
     * {@code toString()}.
     */
    @Redacted
    String bankRouting();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo). Printed as {@code ***} by
     * {@code toString()}.
     */
    @Redacted
    String bankAccount();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean autoDeposit();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String salutation();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal compTimeHours();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode compTimeFrequency();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal overheadFactor();

    /**
     * Type inferred: {@code JsonNode}, whom entries are submitted to, by id, name or an enumerated choice: not
     * documented; kept as JSON.
     */
    JsonNode submitTo();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID defaultGroupId();

    /** Type inferred: {@code String}, the display name of the object {@code defaultGroupId} refers to. */
    String defaultGroup();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID currencyId();

    /** Type inferred: {@code String}, the display name of the object {@code currencyId} refers to. */
    String currency();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean autoOverTime();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean autoApproveTimeEntry();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean autoApproveExpenseEntry();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID payableAccountId();

    /** Type inferred: {@code String}, the display name of the object {@code payableAccountId} refers to. */
    String payableAccount();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID securityProfileId();

    /** Type inferred: {@code String}, the display name of the object {@code securityProfileId} refers to. */
    String securityProfile();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String company();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode role();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode gender();

    List<CustomFieldDataModel> customFields();

    /** Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON. */
    JsonNode assignedGroups();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime dateOfBirth();

    /** Type inferred: {@code String}, the display name of the object {@code expenseAccountId} refers to. */
    String expenseAccount();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID expenseAccountId();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal utilizationTarget();
}
