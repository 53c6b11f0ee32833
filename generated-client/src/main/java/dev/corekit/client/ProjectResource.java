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
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the display name
     */
    String displayName();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the code
     */
    String code();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the phase name
     */
    String phaseName();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the type
     */
    JsonNode type();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the root project id
     */
    UUID rootProjectId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code rootProjectId} refers to.
     *
     * @return the root project
     */
    String rootProject();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the level
     */
    Integer level();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the contract type
     */
    JsonNode contractType();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it has child
     */
    Boolean hasChild();

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
     * @return the manager id
     */
    UUID managerId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code managerId} refers to.
     *
     * @return the manager
     */
    String manager();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the budget id
     */
    UUID budgetId();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the fee schedule id
     */
    UUID feeScheduleId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the fee schedule name
     */
    String feeScheduleName();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the contract amount
     */
    BigDecimal contractAmount();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the start date
     */
    LocalDateTime startDate();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the due date
     */
    LocalDateTime dueDate();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the percent complete
     */
    BigDecimal percentComplete();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the parent id
     */
    UUID parentId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code parentId} refers to.
     *
     * @return the parent
     */
    String parent();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the principal id
     */
    UUID principalId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code principalId} refers to.
     *
     * @return the principal
     */
    String principal();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the originator id
     */
    UUID originatorId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code originatorId} refers to.
     *
     * @return the originator
     */
    String originator();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the invoice template id
     */
    UUID invoiceTemplateId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code invoiceTemplateId} refers to.
     *
     * @return the invoice template
     */
    String invoiceTemplate();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the manual invoice template id
     */
    UUID manualInvoiceTemplateId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code manualInvoiceTemplateId} refers to.
     *
     * @return the manual invoice template
     */
    String manualInvoiceTemplate();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the joint invoice template id
     */
    UUID jointInvoiceTemplateId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code jointInvoiceTemplateId} refers to.
     *
     * @return the joint invoice template
     */
    String jointInvoiceTemplate();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the interest rate
     */
    BigDecimal interestRate();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the grace days
     */
    Integer graceDays();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the recurring frequency
     */
    JsonNode recurringFrequency();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the recurring amount
     */
    BigDecimal recurringAmount();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the main service tax
     */
    BigDecimal mainServiceTax();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the main expense tax
     */
    BigDecimal mainExpenseTax();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the billing contact id
     */
    UUID billingContactId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code billingContactId} refers to.
     *
     * @return the billing contact
     */
    String billingContact();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is send invoice to contact
     */
    Boolean sendInvoiceToContact();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the phase description
     */
    String phaseDescription();

    /**
     * Type inferred: {@code AddressModel}, an address, a nested object.
     *
     * @return the address
     */
    AddressModel address();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the rules
     */
    JsonNode rules();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the purchase order number
     */
    String purchaseOrderNumber();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the term id
     */
    UUID termId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code termId} refers to.
     *
     * @return the term
     */
    String term();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the currency multiplier id
     */
    UUID currencyMultiplierId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the currency name
     */
    String currencyName();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the message on invoice
     */
    String messageOnInvoice();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it has custom invoice number
     */
    Boolean hasCustomInvoiceNumber();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the invoice prefix
     */
    String invoicePrefix();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the invoice number
     */
    String invoiceNumber();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the invoice suffix
     */
    String invoiceSuffix();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the retainage percent
     */
    BigDecimal retainagePercent();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the retainage limit
     */
    BigDecimal retainageLimit();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the fixed fee
     */
    BigDecimal fixedFee();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the fixed fee percentage
     */
    BigDecimal fixedFeePercentage();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the default group id
     */
    UUID defaultGroupId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code defaultGroupId} refers to.
     *
     * @return the default group
     */
    String defaultGroup();

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
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the receivable account id
     */
    UUID receivableAccountId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code receivableAccountId} refers to.
     *
     * @return the receivable account
     */
    String receivableAccount();

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
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the phase order
     */
    Integer phaseOrder();

    /** {@return the custom fields} */
    List<CustomFieldDataModel> customFields();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the assigned groups
     */
    JsonNode assignedGroups();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the class id
     */
    UUID classId();

    /**
     * The class's name; JSON {@code class}, which is a Java keyword. Type inferred: {@code String}, the display name of
     * the object {@code classId} refers to.
     *
     * @return the class name
     */
    @JsonProperty("class")
    String className();

    /**
     * When the project was completed. JSON {@code CompletedOn}, spelled as the catalogue (Power BI connector) reads it;
     * CORE's other fields are lower camel case, so CORE may send {@code completedOn}, which then stays in
     * {@code unknownProperties()} and is written back unchanged. Type inferred: {@code LocalDateTime}, a date; CORE
     * sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the completed on
     */
    @JsonProperty("CompletedOn")
    LocalDateTime completedOn();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the budget name
     */
    String budgetName();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the estimate id
     */
    UUID estimateId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the estimate name
     */
    String estimateName();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the expense contract
     */
    BigDecimal expenseContract();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the service contract
     */
    BigDecimal serviceContract();

    /**
     * The activities assigned to the project ({@code GET project/{id}/activities}). Returned as JSON: the items' shape
     * is not documented (probably that of {@code projectassignment/activity}). Source: [community].
     *
     * @param id the project's id
     * @param query the filter, order and page
     * @return the items CORE answers with; empty for an empty answer
     */
    @CoreEndpoint(method = HttpMethod.GET, path = "{id}/activities")
    List<JsonNode> activities(UUID id, CoreQuery query);

    /**
     * The resources (employees and vendors) assigned to the project ({@code GET project/{id}/resources}). Returned as
     * JSON: the items' shape is not documented (probably that of {@code projectassignment/resource}). Source:
     * [community].
     *
     * @param id the project's id
     * @param query the filter, order and page
     * @return the items CORE answers with; empty for an empty answer
     */
    @CoreEndpoint(method = HttpMethod.GET, path = "{id}/resources")
    List<JsonNode> resources(UUID id, CoreQuery query);

    /**
     * Saves many projects in one asynchronous call ({@code POST project/batch}); CORE answers with a job, returned as
     * JSON because its shape is not documented. Source: [community] notes that cite CORE's API explorer page for
     * project.
     *
     * @param projects the projects to save
     * @return CORE's answer, as JSON
     */
    @CoreEndpoint(method = HttpMethod.POST, path = "batch")
    JsonNode batch(List<ProjectResource> projects);
}
