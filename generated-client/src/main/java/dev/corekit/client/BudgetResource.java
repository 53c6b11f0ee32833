package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A budget: the services and expenses planned, priced by a fee schedule.
 *
 * <p>CORE path {@code budget}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 15 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code JsonNode}: services, expenses, status, serviceSummary, expenseSummary; {@code String}:
 * name, description, feeSchedule, employee; {@code UUID}: feeScheduleId, employeeId; {@code BigDecimal}:
 * miscellaneousAmount; {@code List<WorkflowModel>}: workflow; {@code LocalDateTime}: date; {@code Boolean}:
 * isCustomBudget.
 *
 * <p>This text also heads the generated {@code Budget} and {@code BudgetApi}.
 */
@CoreResource(path = "budget")
public interface BudgetResource extends CoreEntity {
    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the services
     */
    JsonNode services();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the expenses
     */
    JsonNode expenses();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the description
     */
    String description();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the fee schedule id
     */
    UUID feeScheduleId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code feeScheduleId} refers to.
     *
     * @return the fee schedule
     */
    String feeSchedule();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the miscellaneous amount
     */
    BigDecimal miscellaneousAmount();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

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
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the service summary
     */
    JsonNode serviceSummary();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the expense summary
     */
    JsonNode expenseSummary();

    /**
     * Type inferred: {@code List<WorkflowModel>}, the approval workflow; a community note says CORE documents it as an
     * array of objects.
     *
     * @return the workflow
     */
    List<WorkflowModel> workflow();

    /** {@return the custom fields} */
    List<CustomFieldDataModel> customFields();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is custom budget
     */
    Boolean isCustomBudget();
}
