/**
 * CORE's OAuth 2.0 authorization code flow: {@link dev.corekit.runtime.auth.AuthorizationFlow} builds the authorize
 * URI (with PKCE and a CSRF {@code state}), checks the callback and exchanges the code for tokens;
 * {@link dev.corekit.runtime.auth.LoopbackReceiver} receives the callback on {@code 127.0.0.1} for desktop and command
 * line apps. No secret (client secret, code, PKCE verifier, token, state) appears in a {@code toString()}, an
 * exception message or a log line.
 */
@NullMarked
package dev.corekit.runtime.auth;

import org.jspecify.annotations.NullMarked;
