package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Talks to a running sandbox's API over real HTTP, with tokens issued straight from its registry. */
final class ApiTestClient {
    static final String A = "demo-company-a";
    static final String B = "demo-company-b";
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final CoreSandbox sandbox;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ApiTestClient(CoreSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** An access token of the demo user for {@code company} with {@code scopes}, valid for an hour. */
    String token(String company, String... scopes) {
        return issue(company, sandbox.tokens().newFamily(), scopes);
    }

    String issue(String company, String family, String... scopes) {
        return sandbox.tokens()
                .issue(
                        SandboxConfig.DEMO_CLIENT_ID,
                        SandboxConfig.DEMO_LOGIN,
                        company,
                        Set.of(scopes),
                        family,
                        sandbox.clock().instant(),
                        Duration.ofHours(1),
                        null)
                .accessToken();
    }

    /** A read-write token for company A. */
    String writer() {
        return token(A, "readwrite:core");
    }

    Response get(String token, String company, String pathAndQuery) {
        return send("GET", token, company, pathAndQuery, null);
    }

    Response post(String token, String company, String path, String body) {
        return send("POST", token, company, path, body);
    }

    Response put(String token, String company, String path, String body) {
        return send("PUT", token, company, path, body);
    }

    Response delete(String token, String company, String path) {
        return send("DELETE", token, company, path, null);
    }

    /** Sends a request; {@code token} {@code null} sends no Authorization header. */
    Response send(String method, String token, String company, String pathAndQuery, String body) {
        return send(method, token, company, pathAndQuery, body, Map.of());
    }

    /** Sends a request with extra headers, e.g. {@code X-UTC-OFFSET}. */
    Response send(
            String method,
            String token,
            String company,
            String pathAndQuery,
            String body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.endpoint(company) + pathAndQuery))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Sends a request built by the caller, e.g. with an unusual Authorization header. */
    Response sendRaw(String company, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.endpoint(company) + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.GET().build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates an object through the API and returns it as stored. */
    ObjectNode create(String token, String company, String path, String body) {
        Response response = post(token, company, path, body);
        if (response.status() != 201) {
            throw new AssertionError("create " + path + " answered " + response.status() + " " + response.body());
        }
        return (ObjectNode) response.json();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One HTTP answer. */
    record Response(int status, String body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The given field of every element of a JSON array body. */
        List<String> column(String field) {
            List<String> values = new ArrayList<>();
            json().forEach(element -> values.add(element.path(field).asText(null)));
            return values;
        }

        String message() {
            return json().path("Message").asText();
        }
    }
}
