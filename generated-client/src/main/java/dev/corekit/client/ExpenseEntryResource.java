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
 * An expense entry: an expense a resource incurred on a project.
 *
 * <p>CORE path {@code expenseentry}; operations: list, get, create, update and delete; also
 * {@code POST expenseentry/batch}.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 28 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: expense, project, resource, invoiceNumber, memo, incomeAccount, expenseAccount,
 * vendorBillNumber; {@code BigDecimal}: units, markup, purchaseTaxRate, foreignMultiplier, foreignCost, tax1, tax2,
 * tax3; {@code Boolean}: reimbursable, paid, extra, flag1, flag2, flag3; {@code LocalDateTime}: paidDate; {@code UUID}:
 * invoiceId, incomeAccountId, expenseAccountId, vendorBillId; {@code List<WorkflowModel>}: workflow.
 *
 * <p>This text also heads the generated {@code ExpenseEntry} and {@code ExpenseEntryApi}.
 */
@CoreResource(path = "expenseentry")
public interface ExpenseEntryResource extends CoreEntity {
    LocalDateTime date();

    UUID expenseId();

    /** Type inferred: {@code String}, the display name of the object {@code expenseId} refers to. */
    String expense();

    UUID projectId();

    /** Type inferred: {@code String}, the display name of the object {@code projectId} refers to. */
    String project();

    UUID resourceId();

    /** Type inferred: {@code String}, the display name of the object {@code resourceId} refers to. */
    String resource();

    Boolean billable();

    BilledStatus billStatus();

    String description();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal units();

    BigDecimal costRate();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal markup();

    BigDecimal chargeAmount();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean reimbursable();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean paid();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime paidDate();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal purchaseTaxRate();

    UUID currencyMultiplierId();

    String currencyName();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal foreignMultiplier();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal foreignCost();

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

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID vendorBillId();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String vendorBillNumber();

    String client();

    /**
     * Type inferred: {@code List<WorkflowModel>}, the approval workflow; a community note says CORE documents it as an
     * array of objects.
     */
    List<WorkflowModel> workflow();

    List<CustomFieldDataModel> customFields();

    UUID classId();

    /** The class's name; JSON {@code class}, which is a Java keyword. */
    @JsonProperty("class")
    String className();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean flag1();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean flag2();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean flag3();

    /**
     * Saves many expense entries in one asynchronous call ({@code POST expenseentry/batch}); CORE answers with a job,
     * returned as JSON because its shape is not documented. Source: [community]: {@code POST {path}/batch} is seen in
     * third-party integrations; not confirmed for expenseentry.
     */
    @CoreEndpoint(method = HttpMethod.POST, path = "batch")
    JsonNode batch(List<ExpenseEntryResource> entries);
}
