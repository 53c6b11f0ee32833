package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.SandboxUser;
import dev.corekit.sandbox.http.SandboxRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code POST /account/login}: the log-in form. A wrong login or password shows the form again with a message that
 * does not say which was wrong; a right one shows the consent page.
 */
final class LoginEndpoint {
    static final String BAD_CREDENTIALS = "The login or password is incorrect.";
    static final String EXPIRED = "This sign-in request has expired or was already used.";

    private final SandboxConfig config;
    private final SandboxClock clock;
    private final PendingAuthorizations pending;
    private final String loginAction;
    private final String consentAction;

    LoginEndpoint(
            SandboxConfig config,
            SandboxClock clock,
            PendingAuthorizations pending,
            String loginAction,
            String consentAction) {
        this.config = config;
        this.clock = clock;
        this.pending = pending;
        this.loginAction = loginAction;
        this.consentAction = consentAction;
    }

    void handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        if (!request.method().equals("POST")) {
            MethodNotAllowed.send(exchange, "POST");
            return;
        }
        Params form;
        String id;
        String login;
        String password;
        try {
            form = Params.parse(request.bodyText());
            id = form.single("pending");
            login = form.single("login");
            password = form.single("password");
        } catch (OAuthError e) {
            Html.send(exchange, 400, ErrorPage.render(e.description() + "."));
            return;
        }
        Optional<PendingAuthorizations.Pending> waiting = pending.find(id, clock.instant());
        if (waiting.isEmpty()) {
            Html.send(exchange, 400, ErrorPage.render(EXPIRED));
            return;
        }
        String appName = waiting.get().request().app().name();
        SandboxUser user = login == null ? null : config.user(login);
        if (user == null || !passwordMatches(user, password)) {
            Html.send(exchange, 200, LoginPage.render(loginAction, id, appName, login, BAD_CREDENTIALS));
            return;
        }
        Optional<PendingAuthorizations.Pending> signedIn = pending.signIn(id, user.login(), clock.instant());
        if (signedIn.isEmpty()) {
            Html.send(exchange, 400, ErrorPage.render(EXPIRED));
            return;
        }
        AuthorizeRequest authorize = signedIn.get().request();
        Html.send(exchange, 200, ConsentPage.render(consentAction, id, appName, authorize.scopes(), user.companies()));
    }

    /** Compares in constant time, as a real identity server must. */
    private static boolean passwordMatches(SandboxUser user, String password) {
        return password != null
                && MessageDigest.isEqual(
                        user.password().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    }
}
