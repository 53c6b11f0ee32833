package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.http.Responses;
import java.io.IOException;
import java.util.Map;

/**
 * One API response: a status, a JSON body ({@code null} for none, as for {@code 204}) and extra headers.
 *
 * @param status the HTTP status
 * @param body the JSON body, or {@code null}
 * @param headers extra response headers
 */
record Answer(int status, JsonNode body, Map<String, String> headers) {
    static final String JSON = "application/json; charset=utf-8";

    Answer {
        headers = Map.copyOf(headers);
    }

    static Answer json(int status, JsonNode body) {
        return new Answer(status, body, Map.of());
    }

    static Answer empty(int status) {
        return new Answer(status, null, Map.of());
    }

    void write(HttpExchange exchange) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (body == null) {
            Responses.empty(exchange, status);
        } else {
            Responses.send(exchange, status, JSON, ApiJson.write(body));
        }
    }
}
