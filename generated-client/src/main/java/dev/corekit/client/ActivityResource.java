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
    String name();

    String description();

    Boolean billable();

    String code();

    String sub();

    BigDecimal costRate();

    BigDecimal billRate();

    BigDecimal tax1();

    BigDecimal tax2();

    BigDecimal tax3();

    BigDecimal minimumHours();

    String memo();

    Boolean isActive();

    BigDecimal overTimeBillRate();

    UUID incomeAccountId();

    UUID expenseAccountId();

    String incomeAccount();

    String expenseAccount();

    UUID defaultGroupId();

    String defaultGroup();

    Boolean extra();

    List<CustomFieldDataModel> customFields();

    UUID classId();

    /** The class's name; JSON {@code class}, which is a Java keyword. */
    @JsonProperty("class")
    String className();
}
