package dev.corekit.sandbox.idp;

import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.SandboxConfig;
import java.util.ArrayList;
import java.util.Set;

/**
 * Reads and checks an authorize request's query. PKCE is accepted from every app; a public app must use it only when
 * {@link SandboxConfig#requirePkce()} is set. The client and redirect URI come first: until both are known good,
 * every refusal is a page; after that, refusals go back to the app.
 */
final class AuthorizeRequestReader {
    private final SandboxConfig config;

    AuthorizeRequestReader(SandboxConfig config) {
        this.config = config;
    }

    AuthorizeRequest read(String rawQuery) throws Refusal {
        Params params;
        SandboxApp app;
        String redirectUri;
        try {
            params = Params.parse(rawQuery);
            String clientId = params.single("client_id");
            if (clientId == null) {
                throw Refusal.page("The request has no client_id.");
            }
            app = config.app(clientId);
            if (app == null) {
                throw Refusal.page("No application is registered with the client_id " + clientId + ".");
            }
            redirectUri = params.single("redirect_uri");
            if (redirectUri == null) {
                throw Refusal.page("The request has no redirect_uri.");
            }
            if (!RedirectUriMatcher.matchesAny(app.redirectUris(), redirectUri)) {
                throw Refusal.page("The redirect_uri is not registered for the application " + app.name()
                        + ". It must match a registered URI exactly; only query parameters may be added.");
            }
        } catch (OAuthError e) {
            throw Refusal.page(e.description() + ".");
        }

        String state;
        try {
            state = params.single("state");
        } catch (OAuthError e) {
            // Which of the repeated values to echo is unknowable, so none is.
            throw Refusal.redirect(e, redirectUri, null);
        }
        try {
            String responseType = params.single("response_type");
            if (responseType == null) {
                throw OAuthError.invalidRequest("response_type is missing; it must be code");
            }
            if (!responseType.equals("code")) {
                throw new OAuthError("unsupported_response_type", "only response_type=code is supported", 400);
            }
            Set<String> scopes = Scopes.requested(params.single("scope"), app);
            String challenge = Pkce.challenge(params.single("code_challenge"), params.single("code_challenge_method"));
            if (challenge == null && !app.confidential() && config.requirePkce()) {
                throw OAuthError.invalidRequest("a public client must use PKCE (code_challenge with S256)");
            }
            return new AuthorizeRequest(
                    app, redirectUri, new ArrayList<>(scopes), state, challenge, params.single("nonce"));
        } catch (OAuthError e) {
            throw Refusal.redirect(e, redirectUri, state);
        }
    }
}
