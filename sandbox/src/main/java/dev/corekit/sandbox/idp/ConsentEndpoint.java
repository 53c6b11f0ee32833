package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.SandboxUser;
import dev.corekit.sandbox.http.Responses;
import dev.corekit.sandbox.http.SandboxRequest;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /account/consent}: the consent form's Grant or Deny. Grant redirects with a code for the ticked scopes
 * and the picked company; Deny, or a form that ticks no scope, redirects with an error. Either way the pending request
 * is used up.
 */
final class ConsentEndpoint {
    static final String LOGIN_EXPIRED = "Your log-in has expired. Log in again.";

    private final SandboxConfig config;
    private final SandboxClock clock;
    private final PendingAuthorizations pending;
    private final CodeIssuer codes;
    private final String loginAction;

    ConsentEndpoint(
            SandboxConfig config,
            SandboxClock clock,
            PendingAuthorizations pending,
            CodeIssuer codes,
            String loginAction) {
        this.config = config;
        this.clock = clock;
        this.pending = pending;
        this.codes = codes;
        this.loginAction = loginAction;
    }

    void handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        if (!request.method().equals("POST")) {
            MethodNotAllowed.send(exchange, "POST");
            return;
        }
        Params form;
        String id;
        String decision;
        String companyId;
        try {
            form = Params.parse(request.bodyText());
            id = form.single("pending");
            decision = form.single("decision");
            companyId = form.single("company");
        } catch (OAuthError e) {
            Html.send(exchange, 400, ErrorPage.render(e.description() + "."));
            return;
        }
        Optional<PendingAuthorizations.Pending> waiting = pending.find(id, clock.instant());
        if (waiting.isEmpty()) {
            Html.send(exchange, 400, ErrorPage.render(LoginEndpoint.EXPIRED));
            return;
        }
        AuthorizeRequest authorize = waiting.get().request();
        if (!waiting.get().signedIn(clock.instant())) {
            Html.send(
                    exchange,
                    200,
                    LoginPage.render(loginAction, id, authorize.app().name(), null, LOGIN_EXPIRED));
            return;
        }
        if (!"grant".equals(decision) && !"deny".equals(decision)) {
            Html.send(exchange, 400, ErrorPage.render("The form must say grant or deny."));
            return;
        }
        SandboxUser user = config.user(waiting.get().login());
        if ("grant".equals(decision)
                && (companyId == null || user.companies().stream().noneMatch(c -> c.id().equals(companyId)))) {
            Html.send(exchange, 400, ErrorPage.render("Pick one of your companies."));
            return;
        }
        if (pending.take(id, clock.instant()).isEmpty()) {
            // Another post of the same form won the race.
            Html.send(exchange, 400, ErrorPage.render(LoginEndpoint.EXPIRED));
            return;
        }
        Responses.redirect(exchange, decide(authorize, decision, user, companyId, form));
    }

    private String decide(
            AuthorizeRequest authorize, String decision, SandboxUser user, String companyId, Params form) {
        if (decision.equals("deny")) {
            return Callback.denied(authorize.redirectUri(), authorize.state());
        }
        Set<String> granted = new LinkedHashSet<>(form.all("scope"));
        if (granted.isEmpty()) {
            // Granting nothing is no grant; invalid_scope tells the app why, where access_denied would blame the user.
            return Callback.error(authorize.redirectUri(), "invalid_scope", "no scope was granted", authorize.state());
        }
        if (!authorize.scopes().containsAll(granted)) {
            return Callback.error(
                    authorize.redirectUri(),
                    "invalid_scope",
                    "the consent granted a scope the app did not request",
                    authorize.state());
        }
        return codes.approve(authorize, user.login(), companyId, Scopes.ordered(granted));
    }
}
