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
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the code
     */
    String code();

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
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the display account
     */
    String displayAccount();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the description
     */
    String description();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the level
     */
    Integer level();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the root account id
     */
    UUID rootAccountId();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is active
     */
    Boolean isActive();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the parent account id
     */
    UUID parentAccountId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code parentAccountId} refers to.
     *
     * @return the parent account
     */
    String parentAccount();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the opening balance
     */
    BigDecimal openingBalance();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the opening balance as of
     */
    LocalDateTime openingBalanceAsOf();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the routing number
     */
    String routingNumber();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the running balance
     */
    BigDecimal runningBalance();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the tax line
     */
    String taxLine();

    /** {@return the custom fields} */
    List<CustomFieldDataModel> customFields();
}
