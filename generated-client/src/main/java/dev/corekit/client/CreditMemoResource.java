package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A credit memo: an amount credited to an entity, with any refunds.
 *
 * <p>CORE path {@code creditmemo}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 13 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code JsonNode}: type; {@code UUID}: entityId, payableAccountId; {@code String}: entity,
 * payableAccount, referenceNumber, memo; {@code LocalDateTime}: date, accountingDate; {@code BigDecimal}: amount;
 * {@code List<LineItemModel>}: lineItems, refundLineItems; {@code List<AccountSplitModel>}: accountSplits.
 *
 * <p>This text also heads the generated {@code CreditMemo} and {@code CreditMemoApi}.
 */
@CoreResource(path = "creditmemo")
public interface CreditMemoResource extends CoreEntity {
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
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the reference number
     */
    String referenceNumber();

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
     * Type inferred: {@code List<LineItemModel>}, line items, nested objects.
     *
     * @return the refund line items
     */
    List<LineItemModel> refundLineItems();

    /**
     * Type inferred: {@code List<AccountSplitModel>}, account splits, nested objects.
     *
     * @return the account splits
     */
    List<AccountSplitModel> accountSplits();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the accounting date
     */
    LocalDateTime accountingDate();
}
