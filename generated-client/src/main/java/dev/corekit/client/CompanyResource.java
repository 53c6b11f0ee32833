package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import dev.corekit.annotation.Operation;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The connected company's own profile: name, address, fiscal year and currency.
 *
 * <p>CORE path {@code company}; operations: get (a single object: {@code GET company}).
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 23 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name, addressLine1, addressLine2, city, stateCode, zip, country, taxNumber,
 * employerCode, phone, fax, email, uri, currency, cultureCode, companyId; {@code Integer}: fiscalStartDay,
 * fiscalStartMonth, fiscalEndDay, fiscalEndMonth; {@code LocalDateTime}: closingDate; {@code UUID}: currencyId;
 * {@code Boolean}: useAccountingPeriods.
 *
 * <p>This text also heads the generated {@code Company} and {@code CompanyApi}.
 */
@CoreResource(
        path = "company",
        single = true,
        operations = {Operation.GET})
public interface CompanyResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the address line1
     */
    String addressLine1();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the address line2
     */
    String addressLine2();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the city
     */
    String city();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the state code
     */
    String stateCode();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the zip
     */
    String zip();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the country
     */
    String country();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the fiscal start day
     */
    Integer fiscalStartDay();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the fiscal start month
     */
    Integer fiscalStartMonth();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the fiscal end day
     */
    Integer fiscalEndDay();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the fiscal end month
     */
    Integer fiscalEndMonth();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the closing date
     */
    LocalDateTime closingDate();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the tax number
     */
    String taxNumber();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the employer code
     */
    String employerCode();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the phone
     */
    String phone();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the fax
     */
    String fax();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the email
     */
    String email();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the uri
     */
    String uri();

    /**
     * Type inferred: {@code String}, the display name of the object {@code currencyId} refers to.
     *
     * @return the currency
     */
    String currency();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the currency id
     */
    UUID currencyId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the culture code
     */
    String cultureCode();

    /**
     * Type inferred: {@code String}, text, not a UUID: the company's id as the authorization redirect carries it, an
     * opaque value (the sandbox uses names such as {@code demo-company-a}).
     *
     * @return the company id
     */
    String companyId();

    /** {@return the custom fields} */
    List<CustomFieldDataModel> customFields();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is use accounting periods
     */
    Boolean useAccountingPeriods();
}
