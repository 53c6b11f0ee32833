package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A transfer of funds from one account to another.
 *
 * <p>CORE path {@code fundtransfer}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 8 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code LocalDateTime}: date, accountingDate; {@code BigDecimal}: amount; {@code UUID}: sourceId,
 * destinationId; {@code String}: sourceAccount, destinationAccount, memo.
 *
 * <p>This text also heads the generated {@code FundTransfer} and {@code FundTransferApi}.
 */
@CoreResource(path = "fundtransfer")
public interface FundTransferResource extends CoreEntity {
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
     * @return the source id
     */
    UUID sourceId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the source account
     */
    String sourceAccount();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the destination id
     */
    UUID destinationId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the destination account
     */
    String destinationAccount();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

    /** {@return the custom fields} */
    List<CustomFieldDataModel> customFields();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the accounting date
     */
    LocalDateTime accountingDate();
}
