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
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the invoice number
     */
    String invoiceNumber();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the invoice amount
     */
    BigDecimal invoiceAmount();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the due date
     */
    LocalDateTime dueDate();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is manual invoice
     */
    Boolean isManualInvoice();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is late fee invoice
     */
    Boolean isLateFeeInvoice();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is draft
     */
    Boolean isDraft();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the balance
     */
    BigDecimal balance();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the service amount
     */
    BigDecimal serviceAmount();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the expense amount
     */
    BigDecimal expenseAmount();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the service tax amount
     */
    BigDecimal serviceTaxAmount();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the expense tax amount
     */
    BigDecimal expenseTaxAmount();

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
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the fixed fee
     */
    BigDecimal fixedFee();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is joint invoice
     */
    Boolean isJointInvoice();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the invoice details
     */
    JsonNode invoiceDetails();

    /**
     * Type inferred: {@code List<LineItemModel>}, line items, nested objects.
     *
     * @return the line items
     */
    List<LineItemModel> lineItems();

    /**
     * Type inferred: {@code JsonNode}, probably the start of the billed period, or the sender's details; the shape is
     * not documented, so the JSON is kept as it came.
     *
     * @return the invoice from
     */
    JsonNode invoiceFrom();

    /**
     * Type inferred: {@code JsonNode}, probably the end of the billed period, or the recipient's details; the shape is
     * not documented, so the JSON is kept as it came.
     *
     * @return the invoice to
     */
    JsonNode invoiceTo();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the message on invoice
     */
    String messageOnInvoice();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the billing contact id
     */
    UUID billingContactId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the reference number
     */
    String referenceNumber();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the rf number
     */
    String rfNumber();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the purchase order number
     */
    String purchaseOrderNumber();

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
     * Type inferred: {@code List<AccountSplitModel>}, account splits, nested objects.
     *
     * @return the account splits
     */
    List<AccountSplitModel> accountSplits();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is void
     */
    Boolean isVoid();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the void date
     */
    LocalDateTime voidDate();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the accounting date
     */
    LocalDateTime accountingDate();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the miscellaneous amount
     */
    BigDecimal miscellaneousAmount();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the type
     */
    JsonNode type();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the extended account split
     */
    JsonNode extendedAccountSplit();
}
