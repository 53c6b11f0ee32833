package dev.corekit.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEndpoint;
import dev.corekit.annotation.CoreEndpoint.HttpMethod;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A time entry: hours a resource worked on a project activity.
 *
 * <p>CORE path {@code timeentry}; operations: list, get, create, update and delete; also {@code POST timeentry/batch}.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 26 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: project, resource, invoiceNumber, memo, incomeAccount, expenseAccount,
 * vendorBillNumber; {@code Boolean}: overtime, extra, flag1, flag2, flag3; {@code UUID}: invoiceId, incomeAccountId,
 * expenseAccountId, vendorBillId; {@code BigDecimal}: tax1, tax2, tax3, wudPercent, wudMultiplier; {@code JsonNode}:
 * startInterval, stopInterval; {@code LocalDateTime}: startTime, stopTime; {@code List<WorkflowModel>}: workflow.
 *
 * <p>This text also heads the generated {@code TimeEntry} and {@code TimeEntryApi}.
 */
@CoreResource(path = "timeentry")
public interface TimeEntryResource extends CoreEntity {
    /** {@return the date} */
    LocalDateTime date();

    /** {@return the activity id} */
    UUID activityId();

    /** {@return the activity} */
    String activity();

    /** {@return the project id} */
    UUID projectId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code projectId} refers to.
     *
     * @return the project
     */
    String project();

    /** {@return the resource id} */
    UUID resourceId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code resourceId} refers to.
     *
     * @return the resource
     */
    String resource();

    /** {@return whether it is billable} */
    Boolean billable();

    /** {@return the bill status} */
    BilledStatus billStatus();

    /** {@return the description} */
    String description();

    /** {@return the actual hours} */
    BigDecimal actualHours();

    /** {@return the client hours} */
    BigDecimal clientHours();

    /** {@return the bill rate} */
    BigDecimal billRate();

    /** {@return the cost rate} */
    BigDecimal costRate();

    /**
     * Type inferred: {@code Boolean}, a flag: the entry is overtime.
     *
     * @return whether it is overtime
     */
    Boolean overtime();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the invoice id
     */
    UUID invoiceId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the invoice number
     */
    String invoiceNumber();

    /** {@return the classification} */
    String classification();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the tax1
     */
    BigDecimal tax1();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the tax2
     */
    BigDecimal tax2();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the tax3
     */
    BigDecimal tax3();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is extra
     */
    Boolean extra();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the income account id
     */
    UUID incomeAccountId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code incomeAccountId} refers to.
     *
     * @return the income account
     */
    String incomeAccount();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the expense account id
     */
    UUID expenseAccountId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code expenseAccountId} refers to.
     *
     * @return the expense account
     */
    String expenseAccount();

    /**
     * Type inferred: {@code JsonNode}, not documented (a time of day, a date-time or a number); kept as JSON.
     *
     * @return the start interval
     */
    JsonNode startInterval();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the start time
     */
    LocalDateTime startTime();

    /**
     * Type inferred: {@code JsonNode}, not documented (a time of day, a date-time or a number); kept as JSON.
     *
     * @return the stop interval
     */
    JsonNode stopInterval();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the stop time
     */
    LocalDateTime stopTime();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the vendor bill id
     */
    UUID vendorBillId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the vendor bill number
     */
    String vendorBillNumber();

    /** {@return the client} */
    String client();

    /** {@return the class id} */
    UUID classId();

    /**
     * The class's name; JSON {@code class}, which is a Java keyword.
     *
     * @return the class name
     */
    @JsonProperty("class")
    String className();

    /**
     * Type inferred: {@code List<WorkflowModel>}, the approval workflow; a community note says CORE documents it as an
     * array of objects.
     *
     * @return the workflow
     */
    List<WorkflowModel> workflow();

    /** {@return the custom fields} */
    List<CustomFieldDataModel> customFields();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the wud percent
     */
    BigDecimal wudPercent();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is flag1
     */
    Boolean flag1();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is flag2
     */
    Boolean flag2();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is flag3
     */
    Boolean flag3();

    /** {@return whether it is compensation time} */
    Boolean compensationTime();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the wud multiplier
     */
    BigDecimal wudMultiplier();

    /**
     * Saves many time entries in one asynchronous call ({@code POST timeentry/batch}); CORE answers with a job,
     * returned as JSON because its shape is not documented. Source: [community]: {@code POST {path}/batch} is seen in
     * third-party integrations; not confirmed for timeentry.
     *
     * @param entries the entries to save
     * @return CORE's answer, as JSON
     */
    @CoreEndpoint(method = HttpMethod.POST, path = "batch")
    JsonNode batch(List<TimeEntryResource> entries);
}
