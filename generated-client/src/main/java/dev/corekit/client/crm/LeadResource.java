package dev.corekit.client.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import dev.corekit.client.AddressModel;
import dev.corekit.client.CustomFieldDataModel;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A CRM lead: a potential client.
 *
 * <p>CORE path {@code crm/lead}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 28 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name, company, firstName, lastName, middleInitial, assignedTo, referredBy, memo,
 * defaultGroup, industry, region, source, score; {@code JsonNode}: status, type, referredByType, assignedGroups;
 * {@code UUID}: assignedToId, referredById, defaultGroupId, industryId, regionId, sourceId, scoreId;
 * {@code AddressModel}: address; {@code Integer}: staffStrength; {@code BigDecimal}: cost; {@code LocalDateTime}:
 * assignedDate.
 *
 * <p>This text also heads the generated {@code Lead} and {@code LeadApi}.
 */
@CoreResource(path = "crm/lead")
public interface LeadResource extends CoreEntity {
    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String name();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String company();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String firstName();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String lastName();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String middleInitial();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode status();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode type();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID assignedToId();

    /** Type inferred: {@code String}, the display name of the object {@code assignedToId} refers to. */
    String assignedTo();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID referredById();

    /** Type inferred: {@code String}, the display name of the object {@code referredById} refers to. */
    String referredBy();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     */
    JsonNode referredByType();

    /** Type inferred: {@code AddressModel}, an address, a nested object. */
    AddressModel address();

    /** Type inferred: {@code String}, text (a name, code, number, description, note or memo). */
    String memo();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID defaultGroupId();

    /** Type inferred: {@code String}, the display name of the object {@code defaultGroupId} refers to. */
    String defaultGroup();

    List<CustomFieldDataModel> customFields();

    /** Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON. */
    JsonNode assignedGroups();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID industryId();

    /** Type inferred: {@code String}, the display name of the object {@code industryId} refers to. */
    String industry();

    /** Type inferred: {@code Integer}, a count, level, order or day/month number. */
    Integer staffStrength();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID regionId();

    /** Type inferred: {@code String}, the display name of the object {@code regionId} refers to. */
    String region();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID sourceId();

    /** Type inferred: {@code String}, the display name of the object {@code sourceId} refers to. */
    String source();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     */
    BigDecimal cost();

    /** Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs. */
    UUID scoreId();

    /** Type inferred: {@code String}, the display name of the object {@code scoreId} refers to. */
    String score();

    /** Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}. */
    LocalDateTime assignedDate();
}
