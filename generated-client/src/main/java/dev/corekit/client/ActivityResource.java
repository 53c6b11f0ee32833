package dev.corekit.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An activity: a service that time is logged against, with its bill and cost rates.
 *
 * <p>CORE path {@code activity}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>This text also heads the generated {@code Activity} and {@code ActivityApi}.
 */
@CoreResource(path = "activity")
public interface ActivityResource extends CoreEntity {
    /** {@return the name} */
    String name();

    /** {@return the description} */
    String description();

    /** {@return whether it is billable} */
    Boolean billable();

    /** {@return the code} */
    String code();

    /** {@return the sub} */
    String sub();

    /** {@return the cost rate} */
    BigDecimal costRate();

    /** {@return the bill rate} */
    BigDecimal billRate();

    /** {@return the tax1} */
    BigDecimal tax1();

    /** {@return the tax2} */
    BigDecimal tax2();

    /** {@return the tax3} */
    BigDecimal tax3();

    /** {@return the minimum hours} */
    BigDecimal minimumHours();

    /** {@return the memo} */
    String memo();

    /** {@return whether it is active} */
    Boolean isActive();

    /** {@return the over time bill rate} */
    BigDecimal overTimeBillRate();

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

    /** {@return whether it is extra} */
    Boolean extra();

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
}
