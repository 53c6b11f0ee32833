package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.http.Responses;
import dev.corekit.sandbox.http.SandboxRequest;
import java.io.IOException;
import java.util.Map;

/** {@code POST /connect/token}: authenticates the client, then runs the grant its {@code grant_type} names. */
final class TokenEndpoint {
    private final ClientAuthenticator clients;
    private final CodeExchange codes;
    private final RefreshExchange refreshes;

    TokenEndpoint(ClientAuthenticator clients, CodeExchange codes, RefreshExchange refreshes) {
        this.clients = clients;
        this.codes = codes;
        this.refreshes = refreshes;
    }

    void handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        if (!request.method().equals("POST")) {
            MethodNotAllowed.send(exchange, "POST");
            return;
        }
        Map<String, Object> body;
        try {
            Params form = Params.form(request);
            SandboxApp app = clients.authenticate(request, form);
            String grantType = form.required("grant_type");
            switch (grantType) {
                case "authorization_code" -> body = codes.exchange(app, form);
                case "refresh_token" -> body = refreshes.exchange(app, form);
                default ->
                    throw OAuthError.unsupportedGrantType("grant_type must be authorization_code or refresh_token");
            }
        } catch (OAuthError e) {
            e.send(exchange);
            return;
        }
        NoStore.apply(exchange);
        Responses.json(exchange, 200, body);
    }
}
