package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.http.Responses;
import dev.corekit.sandbox.http.SandboxRequest;
import java.io.IOException;

/**
 * {@code POST /connect/revocation} (RFC 7009): a refresh token revokes its whole family, an access token only itself.
 * A client that authenticates gets {@code 200} whatever the token was, so that the answer says nothing about which
 * tokens exist; {@code token_type_hint} is only a hint and both kinds are looked up anyway.
 */
final class RevocationEndpoint {
    private final ClientAuthenticator clients;
    private final TokenRegistry tokens;

    RevocationEndpoint(ClientAuthenticator clients, TokenRegistry tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    void handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        if (!request.method().equals("POST")) {
            MethodNotAllowed.send(exchange, "POST");
            return;
        }
        try {
            Params form = Params.form(request);
            SandboxApp app = clients.authenticate(request, form);
            String token = form.required("token");
            form.single("token_type_hint");
            tokens.revoke(token, app.clientId());
        } catch (OAuthError e) {
            e.send(exchange);
            return;
        }
        NoStore.apply(exchange);
        Responses.empty(exchange, 200);
    }
}
