/**
 * CORE's CRM list values ({@code crm/lists/...}): the statuses, types, stages, sources and other choices CRM records
 * refer to by id. Reached as {@code core.crm().lists()} on the facade.
 */
package dev.corekit.client.crm.lists;
