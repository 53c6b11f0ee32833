/**
 * CORE's settings objects ({@code setting/...}), single objects without ids: the time and expense settings. Reached
 * as {@code core.setting()} on the facade.
 */
package dev.corekit.client.setting;
