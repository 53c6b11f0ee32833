/**
 * Walking CORE's paged lists: {@link dev.corekit.runtime.paging.Pages} turns a page-fetching function into a lazy
 * {@link java.util.stream.Stream} or {@link java.util.Iterator} over all objects. CORE sends no paging headers, so
 * the end of a list is recognised from the pages themselves.
 */
package dev.corekit.runtime.paging;
