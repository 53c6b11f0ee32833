/**
 * The members of CORE's groups ({@code group/detail}). The groups themselves ({@code group}) are
 * {@link dev.corekit.client.GroupResource}. Reached as {@code core.group()} on the facade.
 */
package dev.corekit.client.group;
