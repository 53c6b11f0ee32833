package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A credit card transaction.
 *
 * <p>CORE path {@code creditcard}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 15 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: referenceNumber, account, entity, memo; {@code UUID}: accountId, entityId;
 * {@code LocalDateTime}: date, accountingDate; {@code BigDecimal}: amount; {@code ModuleNames}: entityType;
 * {@code JsonNode}: type; {@code List<LineItemModel>}: lineItems; {@code List<ExpenseItemModel>}: expenseItems;
 * {@code List<BillItemModel>}: billItems; {@code List<AccountSplitModel>}: accountSplits.
 *
 * <p>This text also heads the generated {@code CreditCard} and {@code CreditCardApi}.
 */
@CoreResource(path = "creditcard")
public interface CreditCardResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the reference number
     */
    String referenceNumber();

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
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the entity id
     */
    UUID entityId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code entityId} refers to.
     *
     * @return the entity
     */
    String entity();

    /**
     * Type inferred: {@code ModuleNames}, the kind of an entity, as CORE types {@code entityType} on custom field
     * values ({@code ModuleNames}); values this enum lacks are kept in {@code unknownProperties()}.
     *
     * @return the entity type
     */
    ModuleNames entityType();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the type
     */
    JsonNode type();

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
