package dev.corekit.sandbox.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes responses: JSON, text, HTML, redirects and empty bodies. */
public final class Responses {
    /** The mapper the sandbox writes JSON with. */
    public static final ObjectMapper JSON = new ObjectMapper();

    /** The challenge of a {@code 401} for a bearer token (RFC 6750 §3). */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"corekit-sandbox\"";

    private Responses() {}

    /**
     * Sends {@code body} as JSON.
     *
     * @param exchange the exchange to answer
     * @param status the HTTP status
     * @param body the body
     * @throws IOException when the answer cannot be written to the connection
     */
    public static void json(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    /**
     * Sends {@code body} as text of {@code contentType}.
     *
     * @param exchange the exchange to answer
     * @param status the HTTP status
     * @param contentType the {@code Content-Type}
     * @param body the body
     * @throws IOException when the answer cannot be written to the connection
     */
    public static void text(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends an HTML page.
     *
     * @param exchange the exchange to answer
     * @param status the HTTP status
     * @param html the page
     * @throws IOException when the answer cannot be written to the connection
     */
    public static void html(HttpExchange exchange, int status, String html) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        text(exchange, status, "text/html; charset=utf-8", html);
    }

    /**
     * Sends a {@code 302} to {@code location}.
     *
     * @param exchange the exchange to answer
     * @param location the URL to redirect to
     * @throws IOException when the answer cannot be written to the connection
     */
    public static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        sendHeaders(exchange, 302, -1);
    }

    /**
     * A response without a body, e.g. {@code 204}.
     *
     * @param exchange the exchange to answer
     * @param status the status
     * @throws IOException when the answer cannot be written to the connection
     */
    public static void empty(HttpExchange exchange, int status) throws IOException {
        sendHeaders(exchange, status, -1);
    }

    /**
     * Sends {@code body} with {@code status} and {@code contentType}.
     *
     * @param exchange the exchange to answer
     * @param status the HTTP status
     * @param contentType the {@code Content-Type}
     * @param body the body
     * @throws IOException when the answer cannot be written to the connection
     */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        sendHeaders(exchange, status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sendHeaders(HttpExchange exchange, int status, long length) throws IOException {
        if (status == 401 && !exchange.getResponseHeaders().containsKey("WWW-Authenticate")) {
            // A 401 without a challenge breaks HTTP (RFC 9110 §15.5.2); handlers set their own, this is the floor.
            exchange.getResponseHeaders().set("WWW-Authenticate", BEARER_CHALLENGE);
        }
        exchange.sendResponseHeaders(status, length);
    }
}
