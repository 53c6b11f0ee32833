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
    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime expiresOn();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String name();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String description();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID typeId();

    /** Type inferred: {@code String}, the display name of the object {@code typeId} refers to. */
    String type();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID prospectId();

    /** Type inferred: {@code String}, the display name of the object {@code prospectId} refers to. */
    String prospect();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID priorityId();

    /** Type inferred: {@code String}, the display name of the object {@code priorityId} refers to. */
    String priority();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID assignedEntityId();

    /** Type inferred: {@code String}, the display name of the object {@code assignedEntityId} refers to. */
    String assignedEntity();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal value();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal probabilityPercent();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal forecastAmount();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime targetDate();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID stageId();

    /** Type inferred: {@code String}, the display name of the object {@code stageId} refers to. */
    String stage();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode status();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID competitionId();

    /** Type inferred: {@code String}, the display name of the object {@code competitionId} refers to. */
    String competition();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String nextStep();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime closedOn();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal closedAmount();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode closedAmountType();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID defaultGroupId();

    /** Type inferred: {@code String}, the display name of the object {@code defaultGroupId} refers to. */
    String defaultGroup();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String lossReason();

    List<CustomFieldDataModel> customFields();

    /** Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON. */
    JsonNode assignedGroups();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID campaignId();

    /** Type inferred: {@code String}, the display name of the object {@code campaignId} refers to. */
    String campaign();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID promotionId();

    /** Type inferred: {@code String}, the display name of the object {@code promotionId} refers to. */
    String promotion();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID projectId();
}
