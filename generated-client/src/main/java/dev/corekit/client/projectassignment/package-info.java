/**
 * What is assigned to CORE projects ({@code projectassignment/...}): activities, expense items and resources.
 * Reached as {@code core.projectassignment()} on the facade.
 *
 * <p>The DTOs {@code Activity} and {@code Expense} here share their simple names with
 * {@link dev.corekit.client.Activity} and {@link dev.corekit.client.Expense}; import one and qualify the other.
 */
package dev.corekit.client.projectassignment;
