package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;

/** The headers RFC 6749 §5.1 asks for on every response carrying tokens or credentials. */
final class NoStore {
    private NoStore() {}

    static void apply(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Pragma", "no-cache");
    }
}
