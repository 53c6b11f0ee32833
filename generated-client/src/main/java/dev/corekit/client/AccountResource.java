package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An account of the company's chart of accounts.
 *
 * <p>CORE path {@code account}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 15 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: code, name, displayAccount, description, parentAccount, routingNumber, taxLine;
 * {@code JsonNode}: type; {@code Integer}: level; {@code UUID}: rootAccountId, parentAccountId; {@code Boolean}:
 * isActive; {@code BigDecimal}: openingBalance, runningBalance; {@code LocalDateTime}: openingBalanceAsOf.
 *
 * <p>This text also heads the generated {@code Account} and {@code AccountApi}.
 */
@CoreResource(path = "account")
public interface AccountResource extends CoreEntity {
    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String code();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode type();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String name();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String displayAccount();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String description();

    /** Type inferred: {@code Integer}, a count, level, order or day/month number. */
    Integer level();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID rootAccountId();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean isActive();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID parentAccountId();

    /** Type inferred: {@code String}, the display name of the object {@code parentAccountId} refers to. */
    String parentAccount();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal openingBalance();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime openingBalanceAsOf();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String routingNumber();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal runningBalance();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String taxLine();

    List<CustomFieldDataModel> customFields();
}
