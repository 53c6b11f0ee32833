package dev.corekit.client.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A template for CRM quotes.
 *
 * <p>CORE path {@code crm/quotetemplate}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 10 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code BigDecimal}: miscellaneousAmount, totalAmount; {@code UUID}: feeScheduleId; {@code String}:
 * feeSchedule, name, description; {@code JsonNode}: status, services, expenses; {@code LocalDateTime}: date.
 *
 * <p>This text also heads the generated {@code QuoteTemplate} and {@code QuoteTemplateApi}.
 */
@CoreResource(path = "crm/quotetemplate")
public interface QuoteTemplateResource extends CoreEntity {
    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the miscellaneous amount
     */
    BigDecimal miscellaneousAmount();

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
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the total amount
     */
    BigDecimal totalAmount();

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
     * @return the description
     */
    String description();
}
