package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An allocation: work on a project item planned for a resource over a period.
 *
 * <p>CORE path {@code allocation}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 21 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code BigDecimal}: units, percentComplete; {@code LocalDateTime}: startsOn, endsOn;
 * {@code String}: description, resource, project, item, resourceTitle, followsAllocation, memo, resourceGroup;
 * {@code Integer}: priority, delayByDays; {@code UUID}: resourceId, projectId, itemId, followsAllocationId,
 * resourceGroupId; {@code JsonNode}: resourceType, itemType.
 *
 * <p>This text also heads the generated {@code Allocation} and {@code AllocationApi}.
 */
@CoreResource(path = "allocation")
public interface AllocationResource extends CoreEntity {
    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     *
     * @return the units
     */
    BigDecimal units();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the starts on
     */
    LocalDateTime startsOn();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the ends on
     */
    LocalDateTime endsOn();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the description
     */
    String description();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the percent complete
     */
    BigDecimal percentComplete();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the priority
     */
    Integer priority();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the delay by days
     */
    Integer delayByDays();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the resource id
     */
    UUID resourceId();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the resource type
     */
    JsonNode resourceType();

    /**
     * Type inferred: {@code String}, the display name of the object {@code resourceId} refers to.
     *
     * @return the resource
     */
    String resource();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the project id
     */
    UUID projectId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code projectId} refers to.
     *
     * @return the project
     */
    String project();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the item id
     */
    UUID itemId();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the item type
     */
    JsonNode itemType();

    /**
     * Type inferred: {@code String}, the display name of the object {@code itemId} refers to.
     *
     * @return the item
     */
    String item();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the resource title
     */
    String resourceTitle();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the follows allocation id
     */
    UUID followsAllocationId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code followsAllocationId} refers to.
     *
     * @return the follows allocation
     */
    String followsAllocation();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the resource group id
     */
    UUID resourceGroupId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code resourceGroupId} refers to.
     *
     * @return the resource group
     */
    String resourceGroup();
}
