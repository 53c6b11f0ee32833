package dev.corekit.sandbox.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.api.ApiServer;
import dev.corekit.sandbox.faults.Faults;
import dev.corekit.sandbox.http.BodyTooLargeException;
import dev.corekit.sandbox.http.Responses;
import dev.corekit.sandbox.http.SandboxRequest;
import dev.corekit.sandbox.journal.Journal;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The admin API under {@code {base}/__admin}, for clients that are not Java and not in the sandbox's process: what a
 * test does in process through {@code sandbox.faults()}, {@code clock()}, {@code journal()} and {@code api()}, over
 * plain HTTP with JSON. It answers only loopback clients, is not journaled and takes no faults.
 *
 * <ul>
 *   <li>{@code POST faults} queues a fault ({@link AdminFaults}); {@code DELETE faults} removes every queued one
 *   <li>{@code GET clock}: {@code {"now": ...}}; {@code POST clock/advance} with {@code {"seconds": n}} moves it
 *   <li>{@code GET journal[?path=suffix]}: the requests received; {@code DELETE journal} forgets them
 *   <li>{@code GET data/{company}/{path}}, {@code POST data/{company}/{path}} (an object or an array): read and seed
 *       ({@link AdminData}); {@code DELETE data/{company}} and {@code DELETE data} clear
 * </ul>
 */
public final class AdminApi {
    /** The path the admin API is served under. */
    public static final String PREFIX = "/__admin";

    private final SandboxClock clock;
    private final Journal journal;
    private final Faults faults;
    private final ApiServer api;
    private final AdminData data;

    /**
     * Serves the admin API over the sandbox's clock, journal, faults and data.
     *
     * @param clock the clock
     * @param journal the journal
     * @param faults the faults
     * @param api the companies' data
     */
    public AdminApi(SandboxClock clock, Journal journal, Faults faults, ApiServer api) {
        this.clock = clock;
        this.journal = journal;
        this.faults = faults;
        this.api = api;
        this.data = new AdminData(api);
    }

    /**
     * {@return whether {@code rawPath} is the admin API's}
     *
     * @param rawPath the request's raw path
     */
    public static boolean owns(String rawPath) {
        return rawPath.equals(PREFIX) || rawPath.startsWith(PREFIX + "/");
    }

    /**
     * Answers one admin request.
     *
     * @param request the request, as read
     * @param exchange the exchange to answer
     * @throws IOException when the answer cannot be written to the connection
     */
    public void handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
            Responses.json(exchange, 403, Map.of("Message", "the admin API answers only loopback clients"));
            return;
        }
        String path = request.path().substring(PREFIX.length()).replaceAll("^/+|/+$", "");
        try {
            answer(path, request, exchange);
        } catch (AdminError e) {
            if (e.allow() != null) {
                exchange.getResponseHeaders().set("Allow", e.allow());
            }
            Responses.json(exchange, e.status(), Map.of("Message", e.getMessage()));
        } catch (BodyTooLargeException e) {
            Responses.json(exchange, 413, Map.of("Message", e.getMessage()));
        } catch (IllegalArgumentException e) {
            // CompanyData refuses what does not fit a path (a single object's path for a list, say).
            Responses.json(exchange, 400, Map.of("Message", e.getMessage()));
        } catch (RuntimeException e) {
            Responses.json(exchange, 500, Map.of("Message", "sandbox error: " + e));
        }
    }

    private void answer(String path, SandboxRequest request, HttpExchange exchange) throws IOException {
        String method = request.method();
        if (path.equals("faults")) {
            if (method.equals("POST")) {
                AdminFaults.queue(faults, AdminJson.body(request));
                Responses.empty(exchange, 204);
                return;
            }
            requireMethod(method, "DELETE", "POST, DELETE");
            faults.clear();
            Responses.empty(exchange, 204);
        } else if (path.equals("clock")) {
            requireMethod(method, "GET", "GET");
            Responses.json(exchange, 200, now());
        } else if (path.equals("clock/advance")) {
            requireMethod(method, "POST", "POST");
            Duration by = Duration.ofSeconds(AdminJson.requiredNumber(AdminJson.body(request), "seconds"));
            try {
                clock.instant().plus(by); // a clock past Instant's range would fail every later request
            } catch (DateTimeException | ArithmeticException e) {
                throw AdminError.badRequest("the clock cannot be advanced by " + by.getSeconds() + " seconds");
            }
            clock.advance(by);
            Responses.json(exchange, 200, now());
        } else if (path.equals("journal")) {
            journal(request, exchange);
        } else if (path.equals("data")) {
            requireMethod(method, "DELETE", "DELETE");
            api.clear();
            Responses.empty(exchange, 204);
        } else if (path.startsWith("data/")) {
            data(path.substring("data/".length()), request, exchange);
        } else {
            throw AdminError.notFound("No admin resource at '" + PREFIX + "/" + path
                    + "'; there are faults, clock, clock/advance, journal and data.");
        }
    }

    private void journal(SandboxRequest request, HttpExchange exchange) throws IOException {
        if (request.method().equals("DELETE")) {
            journal.clear();
            Responses.empty(exchange, 204);
            return;
        }
        requireMethod(request.method(), "GET", "GET, DELETE");
        List<String> suffix;
        try {
            suffix = request.query().getOrDefault("path", List.of());
        } catch (IllegalArgumentException e) {
            throw AdminError.badRequest("The query string is not validly percent-encoded.");
        }
        var entries = suffix.isEmpty() ? journal.entries() : journal.entries(suffix.get(0));
        Responses.json(exchange, 200, AdminJournal.toJson(entries));
    }

    private void data(String rest, SandboxRequest request, HttpExchange exchange) throws IOException {
        int slash = rest.indexOf('/');
        String company = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        if (path.isEmpty()) {
            requireMethod(request.method(), "DELETE", "DELETE");
            data.clear(company);
            Responses.empty(exchange, 204);
            return;
        }
        if (request.method().equals("POST")) {
            JsonNode stored = data.seed(company, path, AdminJson.body(request));
            Responses.json(exchange, 201, stored);
            return;
        }
        requireMethod(request.method(), "GET", "GET, POST");
        Responses.json(exchange, 200, data.read(company, path));
    }

    private ObjectNode now() {
        return AdminJson.MAPPER.createObjectNode().put("now", clock.instant().toString());
    }

    private static void requireMethod(String method, String expected, String allowed) {
        if (!method.equals(expected)) {
            throw AdminError.methodNotAllowed(method, allowed);
        }
    }
}
