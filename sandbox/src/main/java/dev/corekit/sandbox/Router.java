package dev.corekit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.api.ApiServer;
import dev.corekit.sandbox.http.Responses;
import dev.corekit.sandbox.http.SandboxRequest;
import dev.corekit.sandbox.idp.IdentityServer;
import java.io.IOException;
import java.util.Map;

/**
 * Sends a request where its path says: {@code /idp/...} to the identity server, {@code /api/{companyId}/...} to that
 * company's API; anything else, or a company the configuration does not have, is answered {@code 404}.
 */
final class Router {

    /** Where a request goes: {@code company} is {@code null} for the identity server; {@code relative} is the rest. */
    record Route(String company, String relative) {
        boolean identity() {
            return company == null;
        }
    }

    private final SandboxConfig config;
    private final IdentityServer identity;
    private final ApiServer api;

    Router(SandboxConfig config, IdentityServer identity, ApiServer api) {
        this.config = config;
        this.identity = identity;
        this.api = api;
    }

    /** The route of a raw path, or {@code null} when no server of the sandbox answers it. */
    static Route route(String path) {
        if (path.equals("/idp") || path.startsWith("/idp/")) {
            return new Route(null, path.length() <= 5 ? "" : path.substring(5));
        }
        if (path.startsWith("/api/")) {
            String rest = path.substring(5);
            int slash = rest.indexOf('/');
            String company = slash < 0 ? rest : rest.substring(0, slash);
            return company.isEmpty() ? null : new Route(company, slash < 0 ? "" : rest.substring(slash + 1));
        }
        return null;
    }

    /** Answers {@code request} on {@code route} ({@code null}: no such resource). */
    void forward(Route route, SandboxRequest request, HttpExchange exchange) throws IOException {
        if (route == null) {
            Responses.json(exchange, 404, Map.of("Message", "No such resource: " + request.path()));
        } else if (route.identity()) {
            identity.handle(route.relative(), request, exchange);
        } else if (!config.companies().containsKey(route.company())) {
            Responses.json(exchange, 404, Map.of("Message", "No company at this endpoint: " + route.company()));
        } else {
            api.handle(route.company(), route.relative(), request, exchange);
        }
    }
}
