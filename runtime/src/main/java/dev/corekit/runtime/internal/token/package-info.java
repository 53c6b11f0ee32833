/**
 * The token manager behind every connection (refresh ahead of expiry, one refresh at a time, rotation) and the client
 * of the identity server's token, revocation and userinfo endpoints.
 *
 * <p>Internal: no compatibility promise, do not use. Any type here may change or disappear in any release.
 */
@NullMarked
package dev.corekit.runtime.internal.token;

import org.jspecify.annotations.NullMarked;
