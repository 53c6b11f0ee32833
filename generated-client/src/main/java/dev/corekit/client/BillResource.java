package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A vendor bill: an amount owed to a vendor.
 *
 * <p>CORE path {@code bill}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 19 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: number, vendor, memo, referenceNumber, term; {@code LocalDateTime}: date, dueDate,
 * accountingDate; {@code UUID}: vendorId, termId, accountsPayableId; {@code BigDecimal}: amount, balance;
 * {@code List<LineItemModel>}: lineItems; {@code List<ExpenseItemModel>}: expenseItems; {@code List<WorkflowModel>}:
 * workflow; {@code List<AccountSplitModel>}: accountSplits; {@code Boolean}: reimbursable; {@code JsonNode}:
 * paymentStatus.
 *
 * <p>This text also heads the generated {@code Bill} and {@code BillApi}.
 */
@CoreResource(path = "bill")
public interface BillResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the number
     */
    String number();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

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
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the due date
     */
    LocalDateTime dueDate();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the reference number
     */
    String referenceNumber();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the amount
     */
    BigDecimal amount();

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
     * Type inferred: {@code List<WorkflowModel>}, the approval workflow; a community note says CORE documents it as an
     * array of objects.
     *
     * @return the workflow
     */
    List<WorkflowModel> workflow();

    /**
     * Type inferred: {@code List<AccountSplitModel>}, account splits, nested objects.
     *
     * @return the account splits
     */
    List<AccountSplitModel> accountSplits();

    /** {@return the custom fields} */
    List<CustomFieldDataModel> customFields();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is reimbursable
     */
    Boolean reimbursable();

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
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the payment status
     */
    JsonNode paymentStatus();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the balance
     */
    BigDecimal balance();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the accounts payable id
     */
    UUID accountsPayableId();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the accounting date
     */
    LocalDateTime accountingDate();
}
