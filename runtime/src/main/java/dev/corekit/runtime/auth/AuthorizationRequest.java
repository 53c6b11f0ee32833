package dev.corekit.runtime.auth;

import dev.corekit.runtime.internal.auth.AuthorizationState;
import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A started authorization: the URI to send the user's browser to, and what it carries. The PKCE verifier is not
 * here; it stays inside {@link AuthorizationFlow}. {@link #toString()} shows neither the state nor the full URI, as
 * the state is the CSRF defence.
 */
public final class AuthorizationRequest {
    private final URI authorizationUri;
    private final String state;
    private final String redirectUri;
    private final Set<String> scopes;
    private final boolean pkce;
    private final Instant expiresAt;

    AuthorizationRequest(
            URI authorizationUri,
            String state,
            String redirectUri,
            Set<String> scopes,
            boolean pkce,
            Instant expiresAt) {
        this.authorizationUri = authorizationUri;
        this.state = state;
        this.redirectUri = redirectUri;
        this.scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
        this.pkce = pkce;
        this.expiresAt = expiresAt;
    }

    /**
     * {@return {@code {identity}/connect/authorize?client_id=..&response_type=code&scope=..&redirect_uri=..&state=..},
     * with {@code code_challenge} and {@code code_challenge_method=S256} when PKCE is on}
     */
    public URI uri() {
        return authorizationUri;
    }

    /** {@return the {@code state} parameter, an encoded {@link AuthorizationState}} */
    public String state() {
        return state;
    }

    /**
     * {@return the {@code redirect_uri} parameter, exactly as sent (and as it will be repeated to the token endpoint)}
     *
     */
    public String redirectUri() {
        return redirectUri;
    }

    /** {@return the requested scopes, in the order sent} */
    public Set<String> scopes() {
        return scopes;
    }

    /** {@return whether the request carries a PKCE challenge} */
    public boolean pkce() {
        return pkce;
    }

    /** {@return when the flow stops accepting the callback of this request} */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** Shows where the browser goes and what is asked, without the state or the challenge. */
    @Override
    public String toString() {
        return "AuthorizationRequest{authorize=" + authorizationUri.getScheme() + "://"
                + authorizationUri.getRawAuthority()
                + authorizationUri.getRawPath() + ", redirectUri=" + redirectUri + ", scopes=" + scopes + ", pkce="
                + pkce + ", expiresAt=" + expiresAt + "}";
    }
}
