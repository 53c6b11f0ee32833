/**
 * The weeks of CORE's resource schedule ({@code resourceschedule/week}). The schedule entries themselves
 * ({@code resourceschedule}) are {@link dev.corekit.client.ResourceScheduleResource}. Reached as
 * {@code core.resourceschedule()} on the facade.
 */
package dev.corekit.client.resourceschedule;
