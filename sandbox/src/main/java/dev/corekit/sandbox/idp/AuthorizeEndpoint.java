package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.http.Responses;
import dev.corekit.sandbox.http.SandboxRequest;
import java.io.IOException;

/**
 * {@code GET /connect/authorize}: checks the request, then either approves it at once (the configuration's
 * auto-approval, for tests and scripts) or keeps it pending and shows the log-in page.
 */
final class AuthorizeEndpoint {
    private final SandboxConfig config;
    private final SandboxClock clock;
    private final AuthorizeRequestReader reader;
    private final PendingAuthorizations pending;
    private final CodeIssuer codes;
    private final String loginAction;

    AuthorizeEndpoint(
            SandboxConfig config,
            SandboxClock clock,
            PendingAuthorizations pending,
            CodeIssuer codes,
            String loginAction) {
        this.config = config;
        this.clock = clock;
        this.reader = new AuthorizeRequestReader(config);
        this.pending = pending;
        this.codes = codes;
        this.loginAction = loginAction;
    }

    void handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        if (!request.method().equals("GET")) {
            MethodNotAllowed.send(exchange, "GET");
            return;
        }
        AuthorizeRequest authorize;
        try {
            authorize = reader.read(request.rawQuery());
        } catch (AuthorizeRejection rejection) {
            rejection.send(exchange);
            return;
        }
        if (config.autoApproveLogin() != null) {
            Responses.redirect(
                    exchange,
                    codes.approve(
                            authorize, config.autoApproveLogin(), config.autoApproveCompany(), authorize.scopes()));
            return;
        }
        String id = pending.create(authorize, clock.instant());
        Html.send(
                exchange, 200, LoginPage.render(loginAction, id, authorize.app().name(), null, null));
    }
}
