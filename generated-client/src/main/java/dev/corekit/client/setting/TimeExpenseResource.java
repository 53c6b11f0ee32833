package dev.corekit.client.setting;

import dev.corekit.annotation.CoreResource;
import dev.corekit.annotation.Operation;
import java.math.BigDecimal;

/**
 * The company's time and expense settings.
 *
 * <p>CORE path {@code setting/timeexpense}; operations: get (a single object: {@code GET setting/timeexpense}).
 *
 * <p>The catalogue row lacks CORE's common fields ({@code createdOn}, ...), so this declaration does not extend
 * {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 24 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code Boolean}: skipEntryEvaluation, evaluateEntryBillableStatusOnValue,
 * createAllocationEntryOnPtoApproval, displayPTOProject, addEntryMemosToJournal,
 * applySmallestIncrementBillableHoursOnly, timeEntryMemoRequired, projectAutoApproveTimeEntries,
 * employeeAutoApproveTime, allowNegativeTimeEntry, allowZeroHourTimeEntry, adjustStopTime,
 * timeEntryRejectionMemoRequired, expenseEntryMemoRequired, projectAutoApproveExpenseEntries,
 * employeeAutoApproveExpense, expenseEntryRejectionMemoRequired; {@code String}: ptoProject; {@code BigDecimal}:
 * smallestIncrement; {@code Integer}: smallestStartStopIncrement, ignoreSaveDeleteTimeEntryOlderThan,
 * ignoreSaveDeleteTimeEntryNewerThan, ignoreSaveDeleteExpenseEntryOlderThan, ignoreSaveDeleteExpenseEntryNewerThan.
 *
 * <p>This text also heads the generated {@code TimeExpense} and {@code TimeExpenseApi}.
 */
@CoreResource(
        path = "setting/timeexpense",
        single = true,
        operations = {Operation.GET})
public interface TimeExpenseResource {
    /** Type inferred: {@code Boolean}, a flag. */
    Boolean skipEntryEvaluation();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean evaluateEntryBillableStatusOnValue();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean createAllocationEntryOnPtoApproval();

    /**
     * Type inferred: {@code String}, text: the project that paid time off is logged to, by name (there is no
     * {@code ptoProjectId}).
     */
    String ptoProject();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean displayPTOProject();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean addEntryMemosToJournal();

    /** Type inferred: {@code BigDecimal}, a quantity of hours; BigDecimal keeps it exact. */
    BigDecimal smallestIncrement();

    /** Type inferred: {@code Integer}, a count, level, order or day/month number. */
    Integer smallestStartStopIncrement();

    /** Type inferred: {@code Integer}, a count, level, order or day/month number. */
    Integer ignoreSaveDeleteTimeEntryOlderThan();

    /** Type inferred: {@code Integer}, a count, level, order or day/month number. */
    Integer ignoreSaveDeleteTimeEntryNewerThan();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean applySmallestIncrementBillableHoursOnly();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean timeEntryMemoRequired();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean projectAutoApproveTimeEntries();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean employeeAutoApproveTime();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean allowNegativeTimeEntry();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean allowZeroHourTimeEntry();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean adjustStopTime();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean timeEntryRejectionMemoRequired();

    /** Type inferred: {@code Integer}, a count, level, order or day/month number. */
    Integer ignoreSaveDeleteExpenseEntryOlderThan();

    /** Type inferred: {@code Integer}, a count, level, order or day/month number. */
    Integer ignoreSaveDeleteExpenseEntryNewerThan();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean expenseEntryMemoRequired();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean projectAutoApproveExpenseEntries();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean employeeAutoApproveExpense();

    /** Type inferred: {@code Boolean}, a flag. */
    Boolean expenseEntryRejectionMemoRequired();
}
