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
    LocalDateTime date();

    UUID activityId();

    String activity();

    UUID projectId();

    /** Type inferred: {@code String}, the display name of the object {@code projectId} refers to. */
    String project();

    UUID resourceId();

    /** Type inferred: {@code String}, the display name of the object {@code resourceId} refers to. */
    String resource();

    Boolean billable();

    BilledStatus billStatus();

    String description();

    BigDecimal actualHours();

    BigDecimal clientHours();

    BigDecimal billRate();

    BigDecimal costRate();

    /** Type inferred: {@code Boolean}, a flag: the entry is overtime. */
    Boolean overtime();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID invoiceId();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String invoiceNumber();

    String classification();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal tax1();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal tax2();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal tax3();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String memo();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean extra();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID incomeAccountId();

    /** Type inferred: {@code String}, the display name of the object {@code incomeAccountId} refers to. */
    String incomeAccount();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID expenseAccountId();

    /** Type inferred: {@code String}, the display name of the object {@code expenseAccountId} refers to. */
    String expenseAccount();

    /** Type inferred: {@code JsonNode}, not documented (a time of day, a date-time or a number); kept as JSON. */
    JsonNode startInterval();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime startTime();

    /** Type inferred: {@code JsonNode}, not documented (a time of day, a date-time or a number); kept as JSON. */
    JsonNode stopInterval();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime stopTime();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID vendorBillId();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String vendorBillNumber();

    String client();

    UUID classId();

    /** The class's name; JSON {@code class}, which is a Java keyword. */
    @JsonProperty("class")
    String className();

    /**
     * Type inferred: {@code List<WorkflowModel>}, the approval workflow; a community note says CORE documents it as an
     * array of objects.
     */
    List<WorkflowModel> workflow();

    List<CustomFieldDataModel> customFields();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal wudPercent();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean flag1();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean flag2();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean flag3();

    Boolean compensationTime();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal wudMultiplier();

    /**
     * Saves many time entries in one asynchronous call ({@code POST timeentry/batch}); CORE answers with a job,
     * returned as JSON because its shape is not documented. Source: [community]: {@code POST {path}/batch} is seen in
     * third-party integrations; not confirmed for timeentry.
     */
    @CoreEndpoint(method = HttpMethod.POST, path = "batch")
    JsonNode batch(List<TimeEntryResource> entries);
}
