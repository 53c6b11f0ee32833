package dev.corekit.client.hr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEndpoint;
import dev.corekit.annotation.CoreEndpoint.HttpMethod;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A use of an employee's benefit, such as time off taken.
 *
 * <p>CORE path {@code hr/employeebenefitusage}; operations: list, get, create, update and delete; also
 * {@code POST hr/employeebenefitusage/batch}.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 13 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code UUID}: employeeId, benefitId, employeeBenefitId, approvedById; {@code String}: employee,
 * description, name, notes, approvedBy; {@code LocalDateTime}: startDate, endDate; {@code JsonNode}: subType;
 * {@code BigDecimal}: timeOff.
 *
 * <p>This text also heads the generated {@code EmployeeBenefitUsage} and {@code EmployeeBenefitUsageApi}.
 */
@CoreResource(path = "hr/employeebenefitusage")
public interface EmployeeBenefitUsageResource extends CoreEntity {
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
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the description
     */
    String description();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the benefit id
     */
    UUID benefitId();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the employee benefit id
     */
    UUID employeeBenefitId();

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
     * @return the sub type
     */
    JsonNode subType();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     *
     * @return the time off
     */
    BigDecimal timeOff();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the notes
     */
    String notes();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the approved by id
     */
    UUID approvedById();

    /**
     * Type inferred: {@code String}, the display name of the object {@code approvedById} refers to.
     *
     * @return the approved by
     */
    String approvedBy();

    /**
     * Saves many employee benefit usages in one asynchronous call ({@code POST hr/employeebenefitusage/batch}); CORE
     * answers with a job, returned as JSON because its shape is not documented. Source: [community] notes that cite
     * CORE's API explorer page for hr/employeebenefitusage.
     *
     * @param usages the usages to save
     * @return CORE's answer, as JSON
     */
    @CoreEndpoint(method = HttpMethod.POST, path = "batch")
    JsonNode batch(List<EmployeeBenefitUsageResource> usages);
}
