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
    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String referenceNumber();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID accountId();

    /** Type inferred: {@code String}, the display name of the object {@code accountId} refers to. */
    String account();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime date();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal amount();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID entityId();

    /** Type inferred: {@code String}, the display name of the object {@code entityId} refers to. */
    String entity();

    /**
     * Type inferred: {@code ModuleNames}, the kind of an entity, as CORE types {@code entityType} on custom field
     * values ({@code ModuleNames}); values this enum lacks are kept in {@code unknownProperties()}.
     */
    ModuleNames entityType();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode type();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String memo();

    /** Type inferred: {@code List<LineItemModel>}, line items, nested objects. */
    List<LineItemModel> lineItems();

    /** Type inferred: {@code List<ExpenseItemModel>}, expense items, nested objects. */
    List<ExpenseItemModel> expenseItems();

    /** Type inferred: {@code List<BillItemModel>}, bills paid, nested objects. */
    List<BillItemModel> billItems();

    /** Type inferred: {@code List<AccountSplitModel>}, account splits, nested objects. */
    List<AccountSplitModel> accountSplits();

    List<CustomFieldDataModel> customFields();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime accountingDate();
}
