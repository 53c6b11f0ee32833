package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A payment received from a client.
 *
 * <p>CORE path {@code payment}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 21 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code LocalDateTime}: date, accountingDate; {@code String}: reference, note, client, project,
 * assetAccount, liabilityAccount, badDebtExpenseAccount, memo; {@code UUID}: clientId, projectId, assetAccountId,
 * liabilityAccountId, badDebtExpenseAccountId; {@code JsonNode}: method, retainerType; {@code BigDecimal}: amount;
 * {@code List<LineItemModel>}: lineItems; {@code Boolean}: isRetainer; {@code List<AccountSplitModel>}: accountSplits.
 *
 * <p>This text also heads the generated {@code Payment} and {@code PaymentApi}.
 */
@CoreResource(path = "payment")
public interface PaymentResource extends CoreEntity {
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
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the note
     */
    String note();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the client id
     */
    UUID clientId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code clientId} refers to.
     *
     * @return the client
     */
    String client();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the project id
     */
    UUID projectId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code projectId} refers to.
     *
     * @return the project
     */
    String project();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the method
     */
    JsonNode method();

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
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is retainer
     */
    Boolean isRetainer();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the retainer type
     */
    JsonNode retainerType();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the asset account id
     */
    UUID assetAccountId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code assetAccountId} refers to.
     *
     * @return the asset account
     */
    String assetAccount();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the liability account id
     */
    UUID liabilityAccountId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code liabilityAccountId} refers to.
     *
     * @return the liability account
     */
    String liabilityAccount();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the bad debt expense account id
     */
    UUID badDebtExpenseAccountId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code badDebtExpenseAccountId} refers to.
     *
     * @return the bad debt expense account
     */
    String badDebtExpenseAccount();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

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
