package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A check (or electronic payment) paid from a bank account.
 *
 * <p>CORE path {@code check}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 20 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: number, account, payeeName, payee, memo; {@code UUID}: accountId, payeeId;
 * {@code LocalDateTime}: date, accountingDate; {@code BigDecimal}: amount; {@code JsonNode}: printStatus, payeeType,
 * address; {@code Boolean}: isBillPayment, isVoid, isEFT; {@code List<LineItemModel>}: lineItems;
 * {@code List<ExpenseItemModel>}: expenseItems; {@code List<BillItemModel>}: billItems;
 * {@code List<AccountSplitModel>}: accountSplits.
 *
 * <p>This text also heads the generated {@code Check} and {@code CheckApi}.
 */
@CoreResource(path = "check")
public interface CheckResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the number
     */
    String number();

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
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the payee name
     */
    String payeeName();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the amount
     */
    BigDecimal amount();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the print status
     */
    JsonNode printStatus();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is bill payment
     */
    Boolean isBillPayment();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is void
     */
    Boolean isVoid();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the payee id
     */
    UUID payeeId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code payeeId} refers to.
     *
     * @return the payee
     */
    String payee();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the payee type
     */
    JsonNode payeeType();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is e ft
     */
    Boolean isEFT();

    /**
     * Type inferred: {@code JsonNode}, the payee's address, which may be printed text or an address object; kept as
     * JSON.
     *
     * @return the address
     */
    JsonNode address();

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
     * Type inferred: {@code List<ExpenseItemModel>}, expense items, nested objects.
     *
     * @return the expense items
     */
    List<ExpenseItemModel> expenseItems();

    /**
     * Type inferred: {@code List<BillItemModel>}, bills paid, nested objects.
     *
     * @return the bill items
     */
    List<BillItemModel> billItems();

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
