package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A deposit into a bank account.
 *
 * <p>CORE path {@code deposit}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 10 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code LocalDateTime}: date, accountingDate; {@code UUID}: accountId; {@code String}: account,
 * reference, memo; {@code BigDecimal}: amount; {@code JsonNode}: type; {@code List<LineItemModel>}: lineItems;
 * {@code List<AccountSplitModel>}: accountSplits.
 *
 * <p>This text also heads the generated {@code Deposit} and {@code DepositApi}.
 */
@CoreResource(path = "deposit")
public interface DepositResource extends CoreEntity {
    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime date();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID accountId();

    /** Type inferred: {@code String}, the display name of the object {@code accountId} refers to. */
    String account();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String reference();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal amount();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String memo();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode type();

    /** Type inferred: {@code List<LineItemModel>}, line items, nested objects. */
    List<LineItemModel> lineItems();

    /** Type inferred: {@code List<AccountSplitModel>}, account splits, nested objects. */
    List<AccountSplitModel> accountSplits();

    List<CustomFieldDataModel> customFields();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime accountingDate();
}
