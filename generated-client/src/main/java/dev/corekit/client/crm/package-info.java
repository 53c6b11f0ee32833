/**
 * CORE's CRM collections ({@code crm/...}): campaigns, leads, prospects, opportunities, proposals, quotes, and the
 * templates, follow-ups and goals around them. Reached as {@code core.crm()} on the facade.
 */
package dev.corekit.client.crm;
