package dev.corekit.client.hr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An HR review of an employee by a reviewer.
 *
 * <p>CORE path {@code hr/review}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 16 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code BigDecimal}: score, percentComplete; {@code JsonNode}: status, sections; {@code String}:
 * name, notes, location, department, employee, reviewer, employeeTitle; {@code UUID}: employeeId, reviewerId,
 * reviewTemplateId; {@code LocalDateTime}: dueDate, date.
 *
 * <p>This text also heads the generated {@code Review} and {@code ReviewApi}.
 */
@CoreResource(path = "hr/review")
public interface ReviewResource extends CoreEntity {
    /**
     * Type inferred: {@code BigDecimal}, a score, which may have decimals.
     *
     * @return the score
     */
    BigDecimal score();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the sections
     */
    JsonNode sections();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the employee id
     */
    UUID employeeId();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the reviewer id
     */
    UUID reviewerId();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the due date
     */
    LocalDateTime dueDate();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the notes
     */
    String notes();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the location
     */
    String location();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the department
     */
    String department();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the review template id
     */
    UUID reviewTemplateId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code employeeId} refers to.
     *
     * @return the employee
     */
    String employee();

    /**
     * Type inferred: {@code String}, the display name of the object {@code reviewerId} refers to.
     *
     * @return the reviewer
     */
    String reviewer();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the percent complete
     */
    BigDecimal percentComplete();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the employee title
     */
    String employeeTitle();
}
