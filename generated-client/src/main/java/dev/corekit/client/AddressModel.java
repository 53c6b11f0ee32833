package dev.corekit.client;

import dev.corekit.annotation.CoreModel;

/**
 * An address as CORE nests it in clients, contacts, employees, vendors, leads, prospects and projects
 * ({@code address}).
 *
 * <p>CORE does not document the nested object; the fields declared here mirror the address that {@code company}
 * carries flattened ({@code addressLine1} ... {@code country}), all text. Other properties (phone numbers, e-mail
 * addresses, ...) are kept in {@code unknownProperties()} and written back.
 */
@CoreModel
public interface AddressModel {
    /**
     * The first address line. Type inferred: {@code String}, as {@code company.addressLine1}.
     *
     * @return the address line1
     */
    String addressLine1();

    /**
     * The second address line. Type inferred: {@code String}, as {@code company.addressLine2}.
     *
     * @return the address line2
     */
    String addressLine2();

    /**
     * The city. Type inferred: {@code String}, as {@code company.city}.
     *
     * @return the city
     */
    String city();

    /**
     * The state or province. Type inferred: {@code String}, as {@code company.stateCode}.
     *
     * @return the state code
     */
    String stateCode();

    /**
     * The postal code; text, as codes may have leading zeros or letters. Type inferred: {@code String}.
     *
     * @return the zip
     */
    String zip();

    /**
     * The country. Type inferred: {@code String}, as {@code company.country}.
     *
     * @return the country
     */
    String country();
}
