package dev.corekit.client.hr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An HR incident involving an employee.
 *
 * <p>CORE path {@code hr/incident}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 11 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code UUID}: employeeId, incidentTypeId, reportedById; {@code String}: employee, incidentType,
 * reportedBy, location, description; {@code LocalDateTime}: date; {@code Boolean}: isExternal; {@code JsonNode}:
 * status.
 *
 * <p>This text also heads the generated {@code Incident} and {@code IncidentApi}.
 */
@CoreResource(path = "hr/incident")
public interface IncidentResource extends CoreEntity {
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
     * @return the incident type id
     */
    UUID incidentTypeId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code incidentTypeId} refers to.
     *
     * @return the incident type
     */
    String incidentType();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the reported by id
     */
    UUID reportedById();

    /**
     * Type inferred: {@code String}, the display name of the object {@code reportedById} refers to.
     *
     * @return the reported by
     */
    String reportedBy();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the location
     */
    String location();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is external
     */
    Boolean isExternal();

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
}
