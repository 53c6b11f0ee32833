package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.http.Responses;
import java.io.IOException;
import java.util.Map;

/** The {@code 405} answer, naming the allowed methods. */
final class MethodNotAllowed {
    private MethodNotAllowed() {}

    static void send(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        Responses.json(
                exchange,
                405,
                Map.of("error", "invalid_request", "error_description", "method not allowed; use " + allowed));
    }
}
