package dev.corekit.sandbox.idp;

import dev.corekit.sandbox.SandboxApp;
import java.util.List;

/**
 * A checked authorize request, kept while the user logs in and consents.
 *
 * @param app the requesting app
 * @param redirectUri the {@code redirect_uri} as passed, which the token request must repeat
 * @param scopes the requested scopes, distinct, in request order
 * @param state the {@code state} to echo unchanged, or {@code null}
 * @param codeChallenge the S256 PKCE challenge, or {@code null}
 * @param nonce the OpenID Connect {@code nonce} for the ID token, or {@code null}
 */
record AuthorizeRequest(
        SandboxApp app, String redirectUri, List<String> scopes, String state, String codeChallenge, String nonce) {
    AuthorizeRequest {
        scopes = List.copyOf(scopes);
    }
}
