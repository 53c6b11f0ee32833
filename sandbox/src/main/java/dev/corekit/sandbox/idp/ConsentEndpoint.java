package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.SandboxUser;
import dev.corekit.sandbox.http.Responses;
import dev.corekit.sandbox.http.SandboxRequest;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code POST /account/consent}: the consent form's Grant or Deny. Grant redirects with a code for the ticked scopes
 * and the picked company; Deny, or a form that ticks no scope, redirects with an error. Either way the pending request
 * is used up.
 */
final class ConsentEndpoint extends PageEndpoint {
    static final String LOGIN_EXPIRED = "Your log-in has expired. Log in again.";

    private final CodeIssuer codes;

    ConsentEndpoint(
            SandboxConfig config,
            SandboxClock clock,
            PendingAuthorizations pending,
            CodeIssuer codes,
            String loginAction) {
        super("POST", config, clock, pending, loginAction);
        this.codes = codes;
    }

    @Override
    void answer(SandboxRequest request, HttpExchange exchange) throws IOException, Refusal {
        Params form = form(request);
        String id = field(form, "pending");
        String decision = field(form, "decision");
        String companyId = field(form, "company");
        PendingAuthorizations.Pending waiting = waiting(id);
        AuthorizeRequest authorize = waiting.request();
        if (!waiting.signedIn(clock.instant())) {
            Html.send(
                    exchange,
                    200,
                    LoginPage.render(loginAction, id, authorize.app().name(), null, LOGIN_EXPIRED));
            return;
        }
        if (!"grant".equals(decision) && !"deny".equals(decision)) {
            throw Refusal.page("The form must say grant or deny.");
        }
        SandboxUser user = config.user(waiting.login());
        if ("grant".equals(decision)
                && (companyId == null || user.companies().stream().noneMatch(c -> c.id().equals(companyId)))) {
            throw Refusal.page("Pick one of your companies.");
        }
        if (pending.take(id, clock.instant()).isEmpty()) {
            // Another post of the same form won the race.
            throw Refusal.page(EXPIRED);
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
