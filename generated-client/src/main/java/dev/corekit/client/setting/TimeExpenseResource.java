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
    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is skip entry evaluation
     */
    Boolean skipEntryEvaluation();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is evaluate entry billable status on value
     */
    Boolean evaluateEntryBillableStatusOnValue();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is create allocation entry on pto approval
     */
    Boolean createAllocationEntryOnPtoApproval();

    /**
     * Type inferred: {@code String}, text: the project that paid time off is logged to, by name (there is no
     * {@code ptoProjectId}).
     *
     * @return the pto project
     */
    String ptoProject();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is display ptoproject
     */
    Boolean displayPTOProject();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is add entry memos to journal
     */
    Boolean addEntryMemosToJournal();

    /**
     * Type inferred: {@code BigDecimal}, a quantity of hours; BigDecimal keeps it exact.
     *
     * @return the smallest increment
     */
    BigDecimal smallestIncrement();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the smallest start stop increment
     */
    Integer smallestStartStopIncrement();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the ignore save delete time entry older than
     */
    Integer ignoreSaveDeleteTimeEntryOlderThan();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the ignore save delete time entry newer than
     */
    Integer ignoreSaveDeleteTimeEntryNewerThan();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is apply smallest increment billable hours only
     */
    Boolean applySmallestIncrementBillableHoursOnly();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is time entry memo required
     */
    Boolean timeEntryMemoRequired();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is project auto approve time entries
     */
    Boolean projectAutoApproveTimeEntries();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is employee auto approve time
     */
    Boolean employeeAutoApproveTime();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is allow negative time entry
     */
    Boolean allowNegativeTimeEntry();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is allow zero hour time entry
     */
    Boolean allowZeroHourTimeEntry();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is adjust stop time
     */
    Boolean adjustStopTime();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is time entry rejection memo required
     */
    Boolean timeEntryRejectionMemoRequired();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the ignore save delete expense entry older than
     */
    Integer ignoreSaveDeleteExpenseEntryOlderThan();

    /**
     * Type inferred: {@code Integer}, a count, level, order or day/month number.
     *
     * @return the ignore save delete expense entry newer than
     */
    Integer ignoreSaveDeleteExpenseEntryNewerThan();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is expense entry memo required
     */
    Boolean expenseEntryMemoRequired();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is project auto approve expense entries
     */
    Boolean projectAutoApproveExpenseEntries();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is employee auto approve expense
     */
    Boolean employeeAutoApproveExpense();

    /**
     * Type inferred: {@code Boolean}, a flag.
     *
     * @return whether it is expense entry rejection memo required
     */
    Boolean expenseEntryRejectionMemoRequired();
}
