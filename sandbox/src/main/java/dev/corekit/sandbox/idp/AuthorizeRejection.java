package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.http.Responses;
import java.io.IOException;

/**
 * An authorize request refused: redirected back to the app with {@code error}, or, when the client or its redirect
 * URI cannot be trusted, shown as an error page and never redirected (RFC 6749 §4.1.2.1).
 */
final class AuthorizeRejection extends Exception {
    private static final long serialVersionUID = 1L;

    private final String error;
    private final String description;
    private final String redirectUri;
    private final String state;

    private AuthorizeRejection(String error, String description, String redirectUri, String state) {
        super(error + ": " + description, null, false, false);
        this.error = error;
        this.description = description;
        this.redirectUri = redirectUri;
        this.state = state;
    }

    /** A refusal shown as a page: the redirect URI is unknown or untrusted. */
    static AuthorizeRejection page(String description) {
        return new AuthorizeRejection("invalid_request", description, null, null);
    }

    /** A refusal redirected to the (already matched) {@code redirectUri}. */
    static AuthorizeRejection redirect(OAuthError error, String redirectUri, String state) {
        return new AuthorizeRejection(error.error(), error.description(), redirectUri, state);
    }

    void send(HttpExchange exchange) throws IOException {
        if (redirectUri == null) {
            Html.send(exchange, 400, ErrorPage.render(description));
        } else {
            Responses.redirect(exchange, Callback.error(redirectUri, error, description, state));
        }
    }
}
