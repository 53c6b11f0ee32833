package dev.corekit.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEndpoint;
import dev.corekit.annotation.CoreEndpoint.HttpMethod;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import dev.corekit.runtime.CoreQuery;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A project (or a phase of one) done for a client.
 *
 * <p>CORE path {@code project}; operations: list, get, create, update and delete; also
 * {@code GET project/{id}/activities}, {@code GET project/{id}/resources}, {@code POST project/batch}.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 81 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: displayName, name, code, phaseName, rootProject, client, manager, feeScheduleName,
 * parent, principal, originator, invoiceTemplate, manualInvoiceTemplate, jointInvoiceTemplate, memo, billingContact,
 * phaseDescription, purchaseOrderNumber, term, currencyName, messageOnInvoice, invoicePrefix, invoiceNumber,
 * invoiceSuffix, defaultGroup, incomeAccount, expenseAccount, receivableAccount, liabilityAccount, class, budgetName,
 * estimateName; {@code JsonNode}: type, contractType, status, recurringFrequency, rules, assignedGroups; {@code UUID}:
 * rootProjectId, clientId, managerId, budgetId, feeScheduleId, parentId, principalId, originatorId, invoiceTemplateId,
 * manualInvoiceTemplateId, jointInvoiceTemplateId, billingContactId, termId, currencyMultiplierId, defaultGroupId,
 * incomeAccountId, expenseAccountId, receivableAccountId, liabilityAccountId, classId, estimateId; {@code Integer}:
 * level, graceDays, phaseOrder; {@code Boolean}: hasChild, sendInvoiceToContact, hasCustomInvoiceNumber;
 * {@code BigDecimal}: contractAmount, percentComplete, interestRate, recurringAmount, mainServiceTax, mainExpenseTax,
 * retainagePercent, retainageLimit, fixedFee, fixedFeePercentage, expenseContract, serviceContract;
 * {@code LocalDateTime}: startDate, dueDate, CompletedOn; {@code AddressModel}: address.
 *
 * <p>{@code PATCH project/{id}} [community] is not declared: its body format is not documented.
 *
 * <p>This text also heads the generated {@code Project} and {@code ProjectApi}.
 */
@CoreResource(path = "project")
public interface ProjectResource extends CoreEntity {
    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String displayName();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String name();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String code();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String phaseName();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode type();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID rootProjectId();

    /** Type inferred: {@code String}, the display name of the object {@code rootProjectId} refers to. */
    String rootProject();

    /** Type inferred: {@code Integer}, a count, level, order or day/month number. */
    Integer level();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode contractType();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode status();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean hasChild();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID clientId();

    /** Type inferred: {@code String}, the display name of the object {@code clientId} refers to. */
    String client();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID managerId();

    /** Type inferred: {@code String}, the display name of the object {@code managerId} refers to. */
    String manager();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID budgetId();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID feeScheduleId();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String feeScheduleName();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal contractAmount();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime startDate();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime dueDate();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal percentComplete();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID parentId();

    /** Type inferred: {@code String}, the display name of the object {@code parentId} refers to. */
    String parent();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID principalId();

    /** Type inferred: {@code String}, the display name of the object {@code principalId} refers to. */
    String principal();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID originatorId();

    /** Type inferred: {@code String}, the display name of the object {@code originatorId} refers to. */
    String originator();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID invoiceTemplateId();

    /** Type inferred: {@code String}, the display name of the object {@code invoiceTemplateId} refers to. */
    String invoiceTemplate();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID manualInvoiceTemplateId();

    /** Type inferred: {@code String}, the display name of the object {@code manualInvoiceTemplateId} refers to. */
    String manualInvoiceTemplate();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID jointInvoiceTemplateId();

    /** Type inferred: {@code String}, the display name of the object {@code jointInvoiceTemplateId} refers to. */
    String jointInvoiceTemplate();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String memo();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal interestRate();

    /** Type inferred: {@code Integer}, a count, level, order or day/month number. */
    Integer graceDays();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode recurringFrequency();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal recurringAmount();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal mainServiceTax();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal mainExpenseTax();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID billingContactId();

    /** Type inferred: {@code String}, the display name of the object {@code billingContactId} refers to. */
    String billingContact();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean sendInvoiceToContact();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String phaseDescription();

    /** Type inferred: {@code AddressModel}, an address, a nested object. */
    AddressModel address();

    /** Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON. */
    JsonNode rules();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String purchaseOrderNumber();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID termId();

    /** Type inferred: {@code String}, the display name of the object {@code termId} refers to. */
    String term();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID currencyMultiplierId();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String currencyName();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String messageOnInvoice();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean hasCustomInvoiceNumber();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String invoicePrefix();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String invoiceNumber();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String invoiceSuffix();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal retainagePercent();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal retainageLimit();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal fixedFee();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal fixedFeePercentage();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID defaultGroupId();

    /** Type inferred: {@code String}, the display name of the object {@code defaultGroupId} refers to. */
    String defaultGroup();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID incomeAccountId();

    /** Type inferred: {@code String}, the display name of the object {@code incomeAccountId} refers to. */
    String incomeAccount();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID expenseAccountId();

    /** Type inferred: {@code String}, the display name of the object {@code expenseAccountId} refers to. */
    String expenseAccount();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID receivableAccountId();

    /** Type inferred: {@code String}, the display name of the object {@code receivableAccountId} refers to. */
    String receivableAccount();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID liabilityAccountId();

    /** Type inferred: {@code String}, the display name of the object {@code liabilityAccountId} refers to. */
    String liabilityAccount();

    /** Type inferred: {@code Integer}, a count, level, order or day/month number. */
    Integer phaseOrder();

    List<CustomFieldDataModel> customFields();

    /** Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON. */
    JsonNode assignedGroups();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID classId();

    /**
     * The class's name; JSON {@code class}, which is a Java keyword. Type inferred: {@code String}, the display name of
     * the object {@code classId} refers to.
     */
    @JsonProperty("class")
    String className();

    /**
     * When the project was completed. JSON {@code CompletedOn}, spelled as the catalogue (Power BI connector) reads it;
     * CORE's other fields are lower camel case, so CORE may send {@code completedOn}, which then stays in
     * {@code unknownProperties()} and is written back unchanged. Type inferred: {@code LocalDateTime}, a date; CORE
     * sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     */
    @JsonProperty("CompletedOn")
    LocalDateTime completedOn();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String budgetName();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID estimateId();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String estimateName();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal expenseContract();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal serviceContract();

    /**
     * The activities assigned to the project ({@code GET project/{id}/activities}). Returned as JSON: the items' shape
     * is not documented (probably that of {@code projectassignment/activity}). Source: [community].
     */
    @CoreEndpoint(method = HttpMethod.GET, path = "{id}/activities")
    List<JsonNode> activities(UUID id, CoreQuery query);

    /**
     * The resources (employees and vendors) assigned to the project ({@code GET project/{id}/resources}). Returned as
     * JSON: the items' shape is not documented (probably that of {@code projectassignment/resource}). Source:
     * [community].
     */
    @CoreEndpoint(method = HttpMethod.GET, path = "{id}/resources")
    List<JsonNode> resources(UUID id, CoreQuery query);

    /**
     * Saves many projects in one asynchronous call ({@code POST project/batch}); CORE answers with a job, returned as
     * JSON because its shape is not documented. Source: [community] notes that cite CORE's API explorer page for
     * project.
     */
    @CoreEndpoint(method = HttpMethod.POST, path = "batch")
    JsonNode batch(List<ProjectResource> projects);
}
