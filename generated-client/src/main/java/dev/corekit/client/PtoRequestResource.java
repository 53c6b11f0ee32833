package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A request for paid time off.
 *
 * <p>CORE path {@code ptorequest}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 12 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code LocalDateTime}: dateRequested, startDate, endDate; {@code UUID}: resourceId;
 * {@code String}: resource, requestMemo, adminMemo; {@code BigDecimal}: totalHours, paidHours, unpaidHours,
 * compTimeHours; {@code List<WorkflowModel>}: workflow.
 *
 * <p>This text also heads the generated {@code PtoRequest} and {@code PtoRequestApi}.
 */
@CoreResource(path = "ptorequest")
public interface PtoRequestResource extends CoreEntity {
    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date requested
     */
    LocalDateTime dateRequested();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the resource id
     */
    UUID resourceId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code resourceId} refers to.
     *
     * @return the resource
     */
    String resource();

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
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     *
     * @return the total hours
     */
    BigDecimal totalHours();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     *
     * @return the paid hours
     */
    BigDecimal paidHours();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     *
     * @return the unpaid hours
     */
    BigDecimal unpaidHours();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     *
     * @return the comp time hours
     */
    BigDecimal compTimeHours();

    /**
     * Type inferred: {@code List<WorkflowModel>}, the approval workflow; a community note says CORE documents it as an
     * array of objects.
     *
     * @return the workflow
     */
    List<WorkflowModel> workflow();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the request memo
     */
    String requestMemo();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the admin memo
     */
    String adminMemo();
}
