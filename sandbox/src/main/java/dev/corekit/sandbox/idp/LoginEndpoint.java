package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.SandboxUser;
import dev.corekit.sandbox.http.SandboxRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code POST /account/login}: the log-in form. A wrong login or password shows the form again with a message that
 * does not say which was wrong; a right one shows the consent page.
 */
final class LoginEndpoint extends PageEndpoint {
    static final String BAD_CREDENTIALS = "The login or password is incorrect.";

    private final String consentAction;

    LoginEndpoint(
            SandboxConfig config,
            SandboxClock clock,
            PendingAuthorizations pending,
            String loginAction,
            String consentAction) {
        super("POST", config, clock, pending, loginAction);
        this.consentAction = consentAction;
    }

    @Override
    void answer(SandboxRequest request, HttpExchange exchange) throws IOException, Refusal {
        Params form = form(request);
        String id = field(form, "pending");
        String login = field(form, "login");
        String password = field(form, "password");
        String appName = waiting(id).request().app().name();
        SandboxUser user = login == null ? null : config.user(login);
        if (user == null || !passwordMatches(user, password)) {
            Html.send(exchange, 200, LoginPage.render(loginAction, id, appName, login, BAD_CREDENTIALS));
            return;
        }
        AuthorizeRequest authorize = pending.signIn(id, user.login(), clock.instant())
                .orElseThrow(() -> Refusal.page(EXPIRED))
                .request();
        Html.send(exchange, 200, ConsentPage.render(consentAction, id, appName, authorize.scopes(), user.companies()));
    }

    /** Compares in constant time, as a real identity server must. */
    private static boolean passwordMatches(SandboxUser user, String password) {
        return password != null
                && MessageDigest.isEqual(
                        user.password().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    }
}
