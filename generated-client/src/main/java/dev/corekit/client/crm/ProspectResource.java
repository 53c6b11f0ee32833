package dev.corekit.client.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEndpoint;
import dev.corekit.annotation.CoreEndpoint.HttpMethod;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import dev.corekit.client.AddressModel;
import dev.corekit.client.CustomFieldDataModel;
import dev.corekit.client.ModuleNames;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A CRM prospect: a potential client being pursued.
 *
 * <p>CORE path {@code crm/prospect}; operations: list, get, create, update and delete; also
 * {@code POST crm/prospect/batch}.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 35 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name, company, firstName, lastName, middleInitial, assignedTo, referredBy, memo,
 * defaultGroup, industry, region, source, score, taxId, title, manager; {@code JsonNode}: status, type, referredByType,
 * assignedGroups; {@code UUID}: assignedToId, referredById, defaultGroupId, industryId, regionId, sourceId, scoreId,
 * clientId, linkedEntityId, managerId; {@code AddressModel}: address; {@code Integer}: staffStrength;
 * {@code BigDecimal}: cost; {@code LocalDateTime}: assignedDate; {@code ModuleNames}: linkedEntityType.
 *
 * <p>This text also heads the generated {@code Prospect} and {@code ProspectApi}.
 */
@CoreResource(path = "crm/prospect")
public interface ProspectResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the company
     */
    String company();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the first name
     */
    String firstName();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the last name
     */
    String lastName();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the middle initial
     */
    String middleInitial();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

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
     * @return the assigned to id
     */
    UUID assignedToId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code assignedToId} refers to.
     *
     * @return the assigned to
     */
    String assignedTo();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the referred by id
     */
    UUID referredById();

    /**
     * Type inferred: {@code String}, the display name of the object {@code referredById} refers to.
     *
     * @return the referred by
     */
    String referredBy();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the referred by type
     */
    JsonNode referredByType();

    /**
     * Type inferred: {@code AddressModel}, an address, a nested object.
     *
     * @return the address
     */
    AddressModel address();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

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
     * @return the industry id
     */
    UUID industryId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code industryId} refers to.
     *
     * @return the industry
     */
    String industry();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the staff strength
     */
    Integer staffStrength();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the region id
     */
    UUID regionId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code regionId} refers to.
     *
     * @return the region
     */
    String region();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the source id
     */
    UUID sourceId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code sourceId} refers to.
     *
     * @return the source
     */
    String source();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the cost
     */
    BigDecimal cost();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the score id
     */
    UUID scoreId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code scoreId} refers to.
     *
     * @return the score
     */
    String score();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the assigned date
     */
    LocalDateTime assignedDate();

    /**
     * Type inferred: {@code String}, text: a tax identification number, not a CORE id.
     *
     * @return the tax id
     */
    String taxId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the title
     */
    String title();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the client id
     */
    UUID clientId();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the linked entity id
     */
    UUID linkedEntityId();

    /**
     * Type inferred: {@code ModuleNames}, the kind of an entity, as CORE types {@code entityType} on custom field
     * values ({@code ModuleNames}); values this enum lacks are kept in {@code unknownProperties()}.
     *
     * @return the linked entity type
     */
    ModuleNames linkedEntityType();

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
     * Saves many prospects in one asynchronous call ({@code POST crm/prospect/batch}); CORE answers with a job,
     * returned as JSON because its shape is not documented. Source: [community] notes that cite CORE's API explorer
     * page for crm/prospect.
     *
     * @param prospects the prospects to save
     * @return CORE's answer, as JSON
     */
    @CoreEndpoint(method = HttpMethod.POST, path = "batch")
    JsonNode batch(List<ProspectResource> prospects);
}
