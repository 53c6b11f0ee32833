/**
 * What generated CORE clients use at call time: {@link dev.corekit.runtime.CoreQuery}, the query string of a list
 * request, and {@link dev.corekit.runtime.ApiProvider}, the source of generated API clients. Authorization, tokens,
 * HTTP wiring, errors and paging live in the subpackages.
 */
package dev.corekit.runtime;
