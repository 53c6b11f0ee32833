/**
 * CORE's HR collections ({@code hr/...}): benefits and their use, salary history, incidents, journals and reviews.
 * Reached as {@code core.hr()} on the facade.
 */
package dev.corekit.client.hr;
