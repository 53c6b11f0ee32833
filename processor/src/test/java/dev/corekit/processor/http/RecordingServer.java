package dev.corekit.processor.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on the loopback interface that records every request it receives and answers with scripted
 * responses, either from a queue or computed by a function of the request.
 *
 * <p>When nothing is scripted for a request, it answers {@code 599} so the test's assertion on the call fails loudly
 * rather than the server hanging.
 */
final class RecordingServer implements AutoCloseable {

    /** The status answered when no response was scripted for a request. */
    static final int NOTHING_SCRIPTED = 599;

    /** The status answered when the responder function threw. */
    static final int RESPONDER_FAILED = 598;

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Deque<ScriptedResponse> queue = new ArrayDeque<>();
    private Function<RecordedRequest, ScriptedResponse> responder;

    private RecordingServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts a server on an ephemeral port of the loopback address.
     *
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    static RecordingServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        RecordingServer recording = new RecordingServer(server, executor);
        server.createContext("/", recording::handle);
        server.setExecutor(executor);
        server.start();
        return recording;
    }

    /** The port the server listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    /** The base URL of the server, without a trailing slash, e.g. {@code http://127.0.0.1:51234}. */
    String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Queues responses, answered in order to the next requests; used before any responder function. */
    synchronized RecordingServer enqueue(ScriptedResponse... responses) {
        Collections.addAll(queue, responses);
        return this;
    }

    /** Answers every request the queue does not cover with {@code responder}'s response for it. */
    synchronized RecordingServer respondWith(Function<RecordedRequest, ScriptedResponse> responder) {
        this.responder = Objects.requireNonNull(responder, "responder");
        return this;
    }

    /** The requests received so far, in arrival order. */
    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The single request received; fails if there was not exactly one. */
    RecordedRequest onlyRequest() {
        List<RecordedRequest> all = requests();
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one request but the server received " + all.size() + ": " + all);
        }
        return all.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            RecordedRequest request = record(exchange);
            requests.add(request);
            ScriptedResponse response = next(request);
            exchange.getResponseHeaders().clear();
            response.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body =
                    response.body() == null ? new byte[0] : response.body().getBytes(StandardCharsets.UTF_8);
            // -1: no body at all (required for 204); 0 would mean "chunked" to HttpServer.
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } finally {
            exchange.close();
        }
    }

    private synchronized ScriptedResponse next(RecordedRequest request) {
        ScriptedResponse queued = queue.poll();
        if (queued != null) {
            return queued;
        }
        if (responder != null) {
            try {
                return responder.apply(request);
            } catch (RuntimeException | AssertionError e) {
                return new ScriptedResponse(RESPONDER_FAILED, "responder failed: " + e, Map.of());
            }
        }
        return new ScriptedResponse(NOTHING_SCRIPTED, "nothing scripted for " + request, Map.of());
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        String rawQuery = exchange.getRequestURI().getRawQuery();
        return new RecordedRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                rawQuery,
                decodeQuery(rawQuery),
                Collections.unmodifiableMap(headers),
                body);
    }

    /** The expected decoded query parameters, in order, from alternating names and values. */
    static Map<String, String> parameters(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    /** Decodes a raw query the way servlet containers do: split on {@code &}, then on the first {@code =}. */
    static Map<String, List<String>> decodeQuery(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters
                    .computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), key -> new ArrayList<>())
                    .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /**
     * One request as the server received it.
     *
     * @param method the HTTP method
     * @param rawPath the path exactly as sent, still percent-encoded
     * @param rawQuery the query string exactly as sent, or {@code null} when the URL had none
     * @param queryParameters the decoded query parameters, in the order sent
     * @param headers the headers, names case-insensitive
     * @param body the body bytes, empty when none was sent
     */
    record RecordedRequest(
            String method,
            String rawPath,
            String rawQuery,
            Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers,
            byte[] body) {

        /** The decoded query parameters, each with its single value; fails on a repeated parameter. */
        Map<String, String> singleQueryParameters() {
            Map<String, String> single = new LinkedHashMap<>();
            queryParameters.forEach((name, values) -> {
                if (values.size() != 1) {
                    throw new AssertionError("query parameter " + name + " was sent " + values.size() + " times");
                }
                single.put(name, values.get(0));
            });
            return single;
        }

        /** The values of a header, empty when it was not sent. */
        List<String> header(String name) {
            return headers.getOrDefault(name, List.of());
        }

        /** The body decoded as UTF-8. */
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery);
        }
    }

    /**
     * A response the server sends.
     *
     * @param status the HTTP status
     * @param body the body, or {@code null} for none
     * @param headers the response headers
     */
    record ScriptedResponse(int status, String body, Map<String, String> headers) {

        /** A JSON response with the given status. */
        static ScriptedResponse json(int status, String body) {
            return new ScriptedResponse(status, body, Map.of("Content-Type", "application/json"));
        }

        /** A {@code 200} JSON response. */
        static ScriptedResponse ok(String json) {
            return json(200, json);
        }

        /** A response with the given status and no body. */
        static ScriptedResponse empty(int status) {
            return new ScriptedResponse(status, null, Map.of());
        }
    }
}
