package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An invoice.
 *
 * <p>CORE path {@code invoice}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 34 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: invoiceNumber, messageOnInvoice, referenceNumber, rfNumber, purchaseOrderNumber;
 * {@code LocalDateTime}: date, dueDate, voidDate, accountingDate; {@code JsonNode}: status, invoiceDetails,
 * invoiceFrom, invoiceTo, type, extendedAccountSplit; {@code BigDecimal}: invoiceAmount, balance, serviceAmount,
 * expenseAmount, serviceTaxAmount, expenseTaxAmount, mainServiceTax, mainExpenseTax, fixedFee, miscellaneousAmount;
 * {@code Boolean}: isManualInvoice, isLateFeeInvoice, isDraft, isJointInvoice, isVoid; {@code List<LineItemModel>}:
 * lineItems; {@code UUID}: billingContactId; {@code List<WorkflowModel>}: workflow; {@code List<AccountSplitModel>}:
 * accountSplits.
 *
 * <p>This text also heads the generated {@code Invoice} and {@code InvoiceApi}.
 */
@CoreResource(path = "invoice")
public interface InvoiceResource extends CoreEntity {
    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String invoiceNumber();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime date();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode status();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal invoiceAmount();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime dueDate();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean isManualInvoice();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean isLateFeeInvoice();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean isDraft();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal balance();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal serviceAmount();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal expenseAmount();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal serviceTaxAmount();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal expenseTaxAmount();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal mainServiceTax();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal mainExpenseTax();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal fixedFee();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean isJointInvoice();

    /** Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON. */
    JsonNode invoiceDetails();

    /** Type inferred: {@code List<LineItemModel>}, line items, nested objects. */
    List<LineItemModel> lineItems();

    /**
     * Type inferred: {@code JsonNode}, probably the start of the billed period, or the sender's details; the shape is
     * not documented, so the JSON is kept as it came.
     */
    JsonNode invoiceFrom();

    /**
     * Type inferred: {@code JsonNode}, probably the end of the billed period, or the recipient's details; the shape is
     * not documented, so the JSON is kept as it came.
     */
    JsonNode invoiceTo();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String messageOnInvoice();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID billingContactId();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String referenceNumber();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String rfNumber();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String purchaseOrderNumber();

    /**
     * Type inferred: {@code List<WorkflowModel>}, the approval workflow; a community note says CORE documents it as an
     * array of objects.
     */
    List<WorkflowModel> workflow();

    List<CustomFieldDataModel> customFields();

    /** Type inferred: {@code List<AccountSplitModel>}, account splits, nested objects. */
    List<AccountSplitModel> accountSplits();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean isVoid();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime voidDate();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime accountingDate();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal miscellaneousAmount();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode type();

    /** Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON. */
    JsonNode extendedAccountSplit();
}
