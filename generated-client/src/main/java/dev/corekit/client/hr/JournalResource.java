package dev.corekit.client.hr;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An HR journal entry about an employee.
 *
 * <p>CORE path {@code hr/journal}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 11 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code LocalDateTime}: date; {@code UUID}: journalTypeId, journalStatusId, employeeId, reporterId;
 * {@code String}: journalType, journalStatus, description, remarks, employee, reporter.
 *
 * <p>This text also heads the generated {@code Journal} and {@code JournalApi}.
 */
@CoreResource(path = "hr/journal")
public interface JournalResource extends CoreEntity {
    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the journal type id
     */
    UUID journalTypeId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code journalTypeId} refers to.
     *
     * @return the journal type
     */
    String journalType();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the journal status id
     */
    UUID journalStatusId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code journalStatusId} refers to.
     *
     * @return the journal status
     */
    String journalStatus();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the description
     */
    String description();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the remarks
     */
    String remarks();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the employee id
     */
    UUID employeeId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code employeeId} refers to.
     *
     * @return the employee
     */
    String employee();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the reporter id
     */
    UUID reporterId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code reporterId} refers to.
     *
     * @return the reporter
     */
    String reporter();
}
