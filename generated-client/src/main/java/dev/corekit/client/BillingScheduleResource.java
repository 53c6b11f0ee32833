package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An entry of a project's billing schedule: an amount to bill and when.
 *
 * <p>CORE path {@code billingschedule}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 15 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code BigDecimal}: amount; {@code LocalDateTime}: remindOn, processedOn; {@code Boolean}:
 * retainer, netBill, useMemoOnInvoice, includeExtraServices, includeExtraExpenses; {@code JsonNode}: status;
 * {@code String}: invoiceNumber, memo, project; {@code UUID}: invoiceId, projectId; {@code Integer}: priority.
 *
 * <p>This text also heads the generated {@code BillingSchedule} and {@code BillingScheduleApi}.
 */
@CoreResource(path = "billingschedule")
public interface BillingScheduleResource extends CoreEntity {
    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the amount
     */
    BigDecimal amount();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the remind on
     */
    LocalDateTime remindOn();

    /**
     * Type inferred: {@code Boolean}, a flag: the scheduled amount is a retainer.
     *
     * @return whether it is retainer
     */
    Boolean retainer();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

    /**
     * Type inferred: {@code Boolean}, a flag of the schedule entry.
     *
     * @return whether it is net bill
     */
    Boolean netBill();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the processed on
     */
    LocalDateTime processedOn();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the invoice number
     */
    String invoiceNumber();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the invoice id
     */
    UUID invoiceId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is use memo on invoice
     */
    Boolean useMemoOnInvoice();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is include extra services
     */
    Boolean includeExtraServices();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is include extra expenses
     */
    Boolean includeExtraExpenses();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the priority
     */
    Integer priority();

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
}
