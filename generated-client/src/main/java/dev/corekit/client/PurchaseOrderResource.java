package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A purchase order.
 *
 * <p>CORE path {@code purchaseorder}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 16 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: number, paymentTerm, entity, memo, vendor; {@code LocalDateTime}: date, dueDate;
 * {@code UUID}: paymentTermId, entityId, vendorId; {@code ModuleNames}: entityType; {@code Boolean}: isActive;
 * {@code BigDecimal}: amount; {@code JsonNode}: address; {@code List<LineItemModel>}: lineItems;
 * {@code List<WorkflowModel>}: workflow.
 *
 * <p>This text also heads the generated {@code PurchaseOrder} and {@code PurchaseOrderApi}.
 */
@CoreResource(path = "purchaseorder")
public interface PurchaseOrderResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the number
     */
    String number();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the due date
     */
    LocalDateTime dueDate();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the payment term id
     */
    UUID paymentTermId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code paymentTermId} refers to.
     *
     * @return the payment term
     */
    String paymentTerm();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the entity id
     */
    UUID entityId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code entityId} refers to.
     *
     * @return the entity
     */
    String entity();

    /**
     * Type inferred: {@code ModuleNames}, the kind of an entity, as CORE types {@code entityType} on custom field
     * values ({@code ModuleNames}); values this enum lacks are kept in {@code unknownProperties()}.
     *
     * @return the entity type
     */
    ModuleNames entityType();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is active
     */
    Boolean isActive();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the amount
     */
    BigDecimal amount();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

    /**
     * Type inferred: {@code JsonNode}, the delivery address, which may be printed text or an address object; kept as
     * JSON.
     *
     * @return the address
     */
    JsonNode address();

    /**
     * Type inferred: {@code String}, the display name of the object {@code vendorId} refers to.
     *
     * @return the vendor
     */
    String vendor();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the vendor id
     */
    UUID vendorId();

    /**
     * Type inferred: {@code List<LineItemModel>}, line items, nested objects.
     *
     * @return the line items
     */
    List<LineItemModel> lineItems();

    /**
     * Type inferred: {@code List<WorkflowModel>}, the approval workflow; a community note says CORE documents it as an
     * array of objects.
     *
     * @return the workflow
     */
    List<WorkflowModel> workflow();

    /** {@return the custom fields} */
    List<CustomFieldDataModel> customFields();
}
