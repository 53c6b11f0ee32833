package dev.corekit.runtime.auth;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An authorization that was started and whose callback has not arrived yet, as an {@link AuthorizationStore} keeps
 * it. It is found by the SHA-256 of its {@code state} ({@link #stateHash}, base64url without padding), never by the
 * state itself, so a store holds nothing a callback could be forged from. {@link #toString()} shows no secret.
 *
 * @param stateHash the SHA-256 of the {@code state}, base64url without padding
 * @param connection the connection whose tokens the callback's code becomes
 * @param redirectUri the redirect URI exactly as the authorize request carried it
 * @param codeVerifier the PKCE verifier, a secret, or {@code null} without PKCE
 * @param applicationValues the values the application gave when it started the authorization
 * @param expiresAt when the callback is no longer accepted
 */
public record PendingAuthorization(
        String stateHash,
        String connection,
        String redirectUri,
        @Nullable String codeVerifier,
        Map<String, String> applicationValues,
        Instant expiresAt) {

    /**
     * Checks the required fields and copies the values.
     *
     * @param codeVerifier the code verifier
     * @param expiresAt the expires at
     * @param redirectUri the redirect URI, repeated exactly in the code exchange
     * @param connection the name the connection's tokens are stored under
     * @param stateHash the state hash
     * @param applicationValues values of the app's own, returned with the result; not secret
     */
    public PendingAuthorization {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(expiresAt, "expiresAt");
        applicationValues = Collections.unmodifiableMap(
                new LinkedHashMap<>(Objects.requireNonNull(applicationValues, "applicationValues")));
    }

    /** Shows neither the verifier nor the values, only the names of the values. */
    @Override
    public String toString() {
        return "PendingAuthorization{connection=" + connection + ", redirectUri=" + redirectUri + ", pkce="
                + (codeVerifier != null) + ", applicationValues=" + applicationValues.keySet() + ", expiresAt="
                + expiresAt + "}";
    }
}
