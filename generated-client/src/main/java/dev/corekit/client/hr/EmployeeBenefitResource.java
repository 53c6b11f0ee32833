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
 * A benefit given to an employee.
 *
 * <p>CORE path {@code hr/employeebenefit}; operations: list, get, create, update and delete; also
 * {@code POST hr/employeebenefit/batch}.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 11 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code UUID}: employeeId, benefitId; {@code String}: name, description, employee;
 * {@code JsonNode}: subType, type; {@code BigDecimal}: value, accumulatedHours; {@code LocalDateTime}: startDate,
 * endDate.
 *
 * <p>This text also heads the generated {@code EmployeeBenefit} and {@code EmployeeBenefitApi}.
 */
@CoreResource(path = "hr/employeebenefit")
public interface EmployeeBenefitResource extends CoreEntity {
    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the employee id
     */
    UUID employeeId();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the benefit id
     */
    UUID benefitId();

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
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the type
     */
    JsonNode type();

    /**
     * Type inferred: {@code BigDecimal}, an amount of the benefit (money or hours); BigDecimal keeps CORE's decimals
     * exact.
     *
     * @return the value
     */
    BigDecimal value();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the description
     */
    String description();

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
     * Type inferred: {@code String}, the display name of the object {@code employeeId} refers to.
     *
     * @return the employee
     */
    String employee();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     *
     * @return the accumulated hours
     */
    BigDecimal accumulatedHours();

    /**
     * Saves many employee benefits in one asynchronous call ({@code POST hr/employeebenefit/batch}); CORE answers with
     * a job, returned as JSON because its shape is not documented. Source: [community] notes that cite CORE's API
     * explorer page for hr/employeebenefit.
     *
     * @param benefits the benefits to save
     * @return CORE's answer, as JSON
     */
    @CoreEndpoint(method = HttpMethod.POST, path = "batch")
    JsonNode batch(List<EmployeeBenefitResource> benefits);
}
