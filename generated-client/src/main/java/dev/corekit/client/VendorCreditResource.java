package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A credit from a vendor.
 *
 * <p>CORE path {@code vendorcredit}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 12 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code UUID}: vendorId, accountId; {@code String}: vendor, reference, account, memo;
 * {@code LocalDateTime}: date, accountingDate; {@code BigDecimal}: amount, balance; {@code List<LineItemModel>}:
 * lineItems; {@code List<AccountSplitModel>}: accountSplits.
 *
 * <p>This text also heads the generated {@code VendorCredit} and {@code VendorCreditApi}.
 */
@CoreResource(path = "vendorcredit")
public interface VendorCreditResource extends CoreEntity {
    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the vendor id
     */
    UUID vendorId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code vendorId} refers to.
     *
     * @return the vendor
     */
    String vendor();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the reference
     */
    String reference();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the amount
     */
    BigDecimal amount();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the account id
     */
    UUID accountId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code accountId} refers to.
     *
     * @return the account
     */
    String account();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the balance
     */
    BigDecimal balance();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

    /**
     * Type inferred: {@code List<LineItemModel>}, line items, nested objects.
     *
     * @return the line items
     */
    List<LineItemModel> lineItems();

    /**
     * Type inferred: {@code List<AccountSplitModel>}, account splits, nested objects.
     *
     * @return the account splits
     */
    List<AccountSplitModel> accountSplits();

    /** {@return the custom fields} */
    List<CustomFieldDataModel> customFields();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the accounting date
     */
    LocalDateTime accountingDate();
}
