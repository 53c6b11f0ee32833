package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.http.Responses;
import java.io.IOException;

/**
 * A request of the browser's log-in refused: shown as an error page, or, for an authorize request whose client and
 * redirect URI are trusted, redirected back to the app with {@code error}. An untrusted redirect URI is never
 * redirected to (RFC 6749 §4.1.2.1).
 */
final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    private final String error;
    private final String description;
    private final String redirectUri;
    private final String state;

    private Refusal(String error, String description, String redirectUri, String state) {
        super(error + ": " + description, null, false, false);
        this.error = error;
        this.description = description;
        this.redirectUri = redirectUri;
        this.state = state;
    }

    /** A refusal shown as a {@code 400} error page: a bad form, an expired log-in, an untrusted redirect URI. */
    static Refusal page(String description) {
        return new Refusal("invalid_request", description, null, null);
    }

    /** A refusal redirected to the (already matched) {@code redirectUri}. */
    static Refusal redirect(OAuthError error, String redirectUri, String state) {
        return new Refusal(error.error(), error.description(), redirectUri, state);
    }

    void send(HttpExchange exchange) throws IOException {
        if (redirectUri == null) {
            Html.send(exchange, 400, ErrorPage.render(description));
        } else {
            Responses.redirect(exchange, Callback.error(redirectUri, error, description, state));
        }
    }
}
