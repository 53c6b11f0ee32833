package dev.corekit.client.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import dev.corekit.client.CustomFieldDataModel;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A CRM opportunity: a possible sale to a prospect.
 *
 * <p>CORE path {@code crm/opportunity}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 33 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code LocalDateTime}: expiresOn, targetDate, closedOn; {@code String}: name, description, type,
 * prospect, priority, assignedEntity, stage, competition, nextStep, defaultGroup, lossReason, campaign, promotion;
 * {@code UUID}: typeId, prospectId, priorityId, assignedEntityId, stageId, competitionId, defaultGroupId, campaignId,
 * promotionId, projectId; {@code BigDecimal}: value, probabilityPercent, forecastAmount, closedAmount;
 * {@code JsonNode}: status, closedAmountType, assignedGroups.
 *
 * <p>This text also heads the generated {@code Opportunity} and {@code OpportunityApi}.
 */
@CoreResource(path = "crm/opportunity")
public interface OpportunityResource extends CoreEntity {
    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the expires on
     */
    LocalDateTime expiresOn();

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
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the type id
     */
    UUID typeId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code typeId} refers to.
     *
     * @return the type
     */
    String type();

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
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the priority id
     */
    UUID priorityId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code priorityId} refers to.
     *
     * @return the priority
     */
    String priority();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the assigned entity id
     */
    UUID assignedEntityId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code assignedEntityId} refers to.
     *
     * @return the assigned entity
     */
    String assignedEntity();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the value
     */
    BigDecimal value();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the probability percent
     */
    BigDecimal probabilityPercent();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the forecast amount
     */
    BigDecimal forecastAmount();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the target date
     */
    LocalDateTime targetDate();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the stage id
     */
    UUID stageId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code stageId} refers to.
     *
     * @return the stage
     */
    String stage();

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
     * @return the competition id
     */
    UUID competitionId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code competitionId} refers to.
     *
     * @return the competition
     */
    String competition();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the next step
     */
    String nextStep();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the closed on
     */
    LocalDateTime closedOn();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the closed amount
     */
    BigDecimal closedAmount();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the closed amount type
     */
    JsonNode closedAmountType();

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
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the loss reason
     */
    String lossReason();

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
     * @return the campaign id
     */
    UUID campaignId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code campaignId} refers to.
     *
     * @return the campaign
     */
    String campaign();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the promotion id
     */
    UUID promotionId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code promotionId} refers to.
     *
     * @return the promotion
     */
    String promotion();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the project id
     */
    UUID projectId();
}
