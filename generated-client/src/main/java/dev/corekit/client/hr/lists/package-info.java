/**
 * CORE's HR list values ({@code hr/lists/...}): incident types, journal statuses and types, questions and question
 * types. Reached as {@code core.hr().lists()} on the facade.
 *
 * <p>The paths are those of the Power BI connector; third-party notes name {@code hr/journaltype} and
 * {@code hr/question} instead. Which form CORE serves today is not verified.
 */
package dev.corekit.client.hr.lists;
