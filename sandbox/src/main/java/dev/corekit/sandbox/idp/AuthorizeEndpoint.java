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
final class AuthorizeEndpoint extends PageEndpoint {
    private final AuthorizeRequestReader reader;
    private final CodeIssuer codes;

    AuthorizeEndpoint(
            SandboxConfig config,
            SandboxClock clock,
            PendingAuthorizations pending,
            CodeIssuer codes,
            String loginAction) {
        super("GET", config, clock, pending, loginAction);
        this.reader = new AuthorizeRequestReader(config);
        this.codes = codes;
    }

    @Override
    void answer(SandboxRequest request, HttpExchange exchange) throws IOException, Refusal {
        AuthorizeRequest authorize = reader.read(request.rawQuery());
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
