/**
 * The list values of CORE's notes ({@code note/category}, {@code note/status}). The notes themselves ({@code note})
 * are {@link dev.corekit.client.NoteResource}. Reached as {@code core.note()} on the facade.
 */
package dev.corekit.client.note;
