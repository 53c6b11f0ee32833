package dev.corekit.client.hr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An HR benefit with its accrual, reset and expiry rules.
 *
 * <p>CORE path {@code hr/benefit}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 23 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name, memo; {@code JsonNode}: type, subType, accrualMethod, period,
 * realizationType, rules, resetType, expiryType, status, units; {@code LocalDateTime}: startsOn, endsOn,
 * realizationDate, resetDate, expiryDate; {@code BigDecimal}: earnedUnits, maxAccruedValue, maxCarryValue, value,
 * maxValue; {@code Boolean}: isCompensation.
 *
 * <p>This text also heads the generated {@code Benefit} and {@code BenefitApi}.
 */
@CoreResource(path = "hr/benefit")
public interface BenefitResource extends CoreEntity {
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
     * @return the type
     */
    JsonNode type();

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
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the sub type
     */
    JsonNode subType();

    /**
     * Type inferred: {@code BigDecimal}, a quantity (hours, units or a value); BigDecimal keeps CORE's decimals exact.
     *
     * @return the earned units
     */
    BigDecimal earnedUnits();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the accrual method
     */
    JsonNode accrualMethod();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the period
     */
    JsonNode period();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the realization type
     */
    JsonNode realizationType();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the rules
     */
    JsonNode rules();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the realization date
     */
    LocalDateTime realizationDate();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the reset type
     */
    JsonNode resetType();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the reset date
     */
    LocalDateTime resetDate();

    /**
     * Type inferred: {@code BigDecimal}, an amount of the benefit (money or hours); BigDecimal keeps CORE's decimals
     * exact.
     *
     * @return the max accrued value
     */
    BigDecimal maxAccruedValue();

    /**
     * Type inferred: {@code BigDecimal}, an amount of the benefit (money or hours); BigDecimal keeps CORE's decimals
     * exact.
     *
     * @return the max carry value
     */
    BigDecimal maxCarryValue();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the expiry type
     */
    JsonNode expiryType();

    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the expiry date
     */
    LocalDateTime expiryDate();

    /**
     * Type inferred: {@code BigDecimal}, an amount of the benefit (money or hours); BigDecimal keeps CORE's decimals
     * exact.
     *
     * @return the value
     */
    BigDecimal value();

    /**
     * Type inferred: {@code BigDecimal}, an amount of the benefit (money or hours); BigDecimal keeps CORE's decimals
     * exact.
     *
     * @return the max value
     */
    BigDecimal maxValue();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is compensation
     */
    Boolean isCompensation();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

    /**
     * Type inferred: {@code JsonNode}, the unit the benefit is counted in, or an amount; its values are not documented,
     * so the JSON is kept as it came.
     *
     * @return the units
     */
    JsonNode units();
}
