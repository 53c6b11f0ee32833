package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.http.SandboxRequest;
import java.io.IOException;

/**
 * The skeleton of the pages a browser goes through to log in (authorize, log-in form, consent form): one HTTP method,
 * then the step's own answer, which may refuse the request with a {@link Refusal}.
 */
abstract class PageEndpoint {
    static final String EXPIRED = "This sign-in request has expired or was already used.";

    final SandboxConfig config;
    final SandboxClock clock;
    final PendingAuthorizations pending;
    /** Where the log-in page posts to. */
    final String loginAction;

    private final String method;

    PageEndpoint(
            String method,
            SandboxConfig config,
            SandboxClock clock,
            PendingAuthorizations pending,
            String loginAction) {
        this.method = method;
        this.config = config;
        this.clock = clock;
        this.pending = pending;
        this.loginAction = loginAction;
    }

    final void handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        if (!request.method().equals(method)) {
            MethodNotAllowed.send(exchange, method);
            return;
        }
        try {
            answer(request, exchange);
        } catch (Refusal refusal) {
            refusal.send(exchange);
        }
    }

    /** Answers a request made with the endpoint's method. */
    abstract void answer(SandboxRequest request, HttpExchange exchange) throws IOException, Refusal;

    /** The posted form; a malformed one (a repeated field, bad encoding) is refused. */
    static Params form(SandboxRequest request) throws Refusal {
        try {
            return Params.parse(request.bodyText());
        } catch (OAuthError e) {
            throw Refusal.page(e.description() + ".");
        }
    }

    /** A field of the form, {@code null} when absent; a repeated one is refused. */
    static String field(Params form, String name) throws Refusal {
        try {
            return form.single(name);
        } catch (OAuthError e) {
            throw Refusal.page(e.description() + ".");
        }
    }

    /** The pending authorization {@code id} names; an unknown or expired one is refused. */
    PendingAuthorizations.Pending waiting(String id) throws Refusal {
        return pending.find(id, clock.instant()).orElseThrow(() -> Refusal.page(EXPIRED));
    }
}
