package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * An entry of the resource schedule: the units of an allocation in one week.
 *
 * <p>CORE path {@code resourceschedule}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 3 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code UUID}: allocationId, weekId; {@code BigDecimal}: units.
 *
 * <p>This text also heads the generated {@code ResourceSchedule} and {@code ResourceScheduleApi}.
 */
@CoreResource(path = "resourceschedule")
public interface ResourceScheduleResource extends CoreEntity {
    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the allocation id
     */
    UUID allocationId();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the week id
     */
    UUID weekId();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     *
     * @return the units
     */
    BigDecimal units();
}
