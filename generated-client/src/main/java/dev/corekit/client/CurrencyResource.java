package dev.corekit.client;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;

/**
 * A currency the company uses, with its multiplier.
 *
 * <p>CORE path {@code currency}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 5 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code BigDecimal}: multiplier; {@code String}: name, currencyCode, cultureCode, country.
 *
 * <p>This text also heads the generated {@code Currency} and {@code CurrencyApi}.
 */
@CoreResource(path = "currency")
public interface CurrencyResource extends CoreEntity {
    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the multiplier
     */
    BigDecimal multiplier();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the currency code
     */
    String currencyCode();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the culture code
     */
    String cultureCode();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the country
     */
    String country();
}
