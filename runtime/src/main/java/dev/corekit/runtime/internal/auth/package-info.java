/**
 * The parts of the OAuth authorization code flow an app never handles itself: client credentials, the identity
 * server's endpoints and discovery, the {@code state} and PKCE values, and the parsing of the callback.
 *
 * <p>Internal: no compatibility promise, do not use. Any type here may change or disappear in any release.
 */
@NullMarked
package dev.corekit.runtime.internal.auth;

import org.jspecify.annotations.NullMarked;
