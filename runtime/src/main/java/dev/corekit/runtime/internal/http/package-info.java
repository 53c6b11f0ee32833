/**
 * corekit's HTTP plumbing: the Feign decoder, error decoder, request interceptor, retryer, endpoint policy, wire
 * encodings and the redacting logger.
 *
 * <p>Internal: no compatibility promise, do not use. Any type here may change or disappear in any release.
 */
@NullMarked
package dev.corekit.runtime.internal.http;

import org.jspecify.annotations.NullMarked;
