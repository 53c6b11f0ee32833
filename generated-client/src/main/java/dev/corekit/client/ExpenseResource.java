package dev.corekit.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An expense item: a kind of cost that expense entries are logged against.
 *
 * <p>CORE path {@code expense}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 12 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name, sub, memo; {@code BigDecimal}: markup, tax1, tax2, tax3, purchaseTaxRate;
 * {@code Boolean}: reimbursable, isActive, isProduct; {@code JsonNode}: type.
 *
 * <p>This text also heads the generated {@code Expense} and {@code ExpenseApi}.
 */
@CoreResource(path = "expense")
public interface ExpenseResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /** {@return the description} */
    String description();

    /** {@return whether it is billable} */
    Boolean billable();

    /** {@return the code} */
    String code();

    /**
     * Type inferred: {@code String}, text, as {@code activity.sub} is typed {@code string}.
     *
     * @return the sub
     */
    String sub();

    /** {@return the cost rate} */
    BigDecimal costRate();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the markup
     */
    BigDecimal markup();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the tax1
     */
    BigDecimal tax1();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the tax2
     */
    BigDecimal tax2();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the tax3
     */
    BigDecimal tax3();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is reimbursable
     */
    Boolean reimbursable();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the memo
     */
    String memo();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is active
     */
    Boolean isActive();

    /** {@return the income account id} */
    UUID incomeAccountId();

    /** {@return the expense account id} */
    UUID expenseAccountId();

    /** {@return the income account} */
    String incomeAccount();

    /** {@return the expense account} */
    String expenseAccount();

    /** {@return the default group id} */
    UUID defaultGroupId();

    /** {@return the default group} */
    String defaultGroup();

    /**
     * Type inferred: {@code BigDecimal}, a money amount, rate or percentage; BigDecimal keeps CORE's decimals exact.
     *
     * @return the purchase tax rate
     */
    BigDecimal purchaseTaxRate();

    /** {@return the custom fields} */
    List<CustomFieldDataModel> customFields();

    /** {@return the class id} */
    UUID classId();

    /**
     * The class's name; JSON {@code class}, which is a Java keyword.
     *
     * @return the class name
     */
    @JsonProperty("class")
    String className();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is product
     */
    Boolean isProduct();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the type
     */
    JsonNode type();
}
