package dev.corekit.client.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import dev.corekit.client.WorkflowModel;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A CRM quote: services and expenses offered to a prospect, with their total.
 *
 * <p>CORE path {@code crm/quote}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 18 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code BigDecimal}: miscellaneousAmount, totalAmount; {@code UUID}: feeScheduleId, prospectId,
 * opportunityId, quoteTemplateId; {@code String}: feeSchedule, name, description, prospect, opportunity, quoteTemplate;
 * {@code JsonNode}: status, services, expenses; {@code LocalDateTime}: date; {@code List<WorkflowModel>}: workflow;
 * {@code Boolean}: isPrimary.
 *
 * <p>This text also heads the generated {@code Quote} and {@code QuoteApi}.
 */
@CoreResource(path = "crm/quote")
public interface QuoteResource extends CoreEntity {
    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the miscellaneous amount
     */
    BigDecimal miscellaneousAmount();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the fee schedule id
     */
    UUID feeScheduleId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code feeScheduleId} refers to.
     *
     * @return the fee schedule
     */
    String feeSchedule();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the description
     */
    String description();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the total amount
     */
    BigDecimal totalAmount();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the services
     */
    JsonNode services();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the expenses
     */
    JsonNode expenses();

    /**
     * Type inferred: {@code List<WorkflowModel>}, the approval workflow; a community note says CORE documents it as an
     * array of objects.
     *
     * @return the workflow
     */
    List<WorkflowModel> workflow();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the prospect id
     */
    UUID prospectId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code prospectId} refers to.
     *
     * @return the prospect
     */
    String prospect();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is primary
     */
    Boolean isPrimary();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the opportunity id
     */
    UUID opportunityId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code opportunityId} refers to.
     *
     * @return the opportunity
     */
    String opportunity();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the quote template id
     */
    UUID quoteTemplateId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code quoteTemplateId} refers to.
     *
     * @return the quote template
     */
    String quoteTemplate();
}
