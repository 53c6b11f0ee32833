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
     *
     * @return the type
     */
    JsonNode type();

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
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the bill rate
     */
    BigDecimal billRate();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the cost rate
     */
    BigDecimal costRate();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is is1099 applicable
     */
    Boolean is1099Applicable();

    /**
     * Type inferred: {@code String}, text: a tax identification number, not a CORE id.
     *
     * @return the tax id
     */
    String taxId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the display name
     */
    String displayName();

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
     * @return the title
     */
    String title();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the manager id
     */
    UUID managerId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code managerId} refers to.
     *
     * @return the manager
     */
    String manager();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     *
     * @return the daily standard hours
     */
    BigDecimal dailyStandardHours();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     *
     * @return the weekly standard hours
     */
    BigDecimal weeklyStandardHours();

    /**
     * Type inferred: {@code AddressModel}, an address, a nested object.
     *
     * @return the address
     */
    AddressModel address();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date hired
     */
    LocalDateTime dateHired();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the overtime cost rate
     */
    BigDecimal overtimeCostRate();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the overtime bill rate
     */
    BigDecimal overtimeBillRate();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the department
     */
    String department();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date released
     */
    LocalDateTime dateReleased();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the salary
     */
    BigDecimal salary();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the salary pay period
     */
    JsonNode salaryPayPeriod();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo). Printed as {@code ***} by
     * {@code toString()}.
     *
     * @return the bank routing
     */
    @Redacted
    String bankRouting();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo). Printed as {@code ***} by
     * {@code toString()}.
     *
     * @return the bank account
     */
    @Redacted
    String bankAccount();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is auto deposit
     */
    Boolean autoDeposit();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the salutation
     */
    String salutation();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     *
     * @return the comp time hours
     */
    BigDecimal compTimeHours();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the comp time frequency
     */
    JsonNode compTimeFrequency();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the overhead factor
     */
    BigDecimal overheadFactor();

    /**
     * Type inferred: {@code JsonNode}, whom entries are submitted to, by id, name or an enumerated choice: not
     * documented; kept as JSON.
     *
     * @return the submit to
     */
    JsonNode submitTo();

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

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the currency id
     */
    UUID currencyId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code currencyId} refers to.
     *
     * @return the currency
     */
    String currency();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is auto over time
     */
    Boolean autoOverTime();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is auto approve time entry
     */
    Boolean autoApproveTimeEntry();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is auto approve expense entry
     */
    Boolean autoApproveExpenseEntry();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the payable account id
     */
    UUID payableAccountId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code payableAccountId} refers to.
     *
     * @return the payable account
     */
    String payableAccount();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the security profile id
     */
    UUID securityProfileId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code securityProfileId} refers to.
     *
     * @return the security profile
     */
    String securityProfile();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the company
     */
    String company();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the role
     */
    JsonNode role();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the gender
     */
    JsonNode gender();

    /** {@return the custom fields} */
    List<CustomFieldDataModel> customFields();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the assigned groups
     */
    JsonNode assignedGroups();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date of birth
     */
    LocalDateTime dateOfBirth();

    /**
     * Type inferred: {@code String}, the display name of the object {@code expenseAccountId} refers to.
     *
     * @return the expense account
     */
    String expenseAccount();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the expense account id
     */
    UUID expenseAccountId();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the utilization target
     */
    BigDecimal utilizationTarget();
}
