package dev.corekit.client.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import dev.corekit.client.CustomFieldDataModel;
import dev.corekit.client.WorkflowModel;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A CRM marketing campaign.
 *
 * <p>CORE path {@code crm/campaign}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 14 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name, campaignType, campaignStatus; {@code JsonNode}: status, recipients;
 * {@code UUID}: campaignTypeId, campaignStatusId; {@code LocalDateTime}: startDate, endDate; {@code BigDecimal}:
 * expectedResponsePercent, expectedRevenue, actualCost, budgetedCost; {@code List<WorkflowModel>}: workflow.
 *
 * <p>This text also heads the generated {@code Campaign} and {@code CampaignApi}.
 */
@CoreResource(path = "crm/campaign")
public interface CampaignResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the campaign type id
     */
    UUID campaignTypeId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code campaignTypeId} refers to.
     *
     * @return the campaign type
     */
    String campaignType();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the start date
     */
    LocalDateTime startDate();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the end date
     */
    LocalDateTime endDate();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the campaign status id
     */
    UUID campaignStatusId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code campaignStatusId} refers to.
     *
     * @return the campaign status
     */
    String campaignStatus();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the expected response percent
     */
    BigDecimal expectedResponsePercent();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the expected revenue
     */
    BigDecimal expectedRevenue();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the actual cost
     */
    BigDecimal actualCost();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the budgeted cost
     */
    BigDecimal budgetedCost();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the recipients
     */
    JsonNode recipients();

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
