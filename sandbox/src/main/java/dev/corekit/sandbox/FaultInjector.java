package dev.corekit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.faults.Fault;
import dev.corekit.sandbox.faults.Faults;
import dev.corekit.sandbox.http.BodyTooLargeException;
import dev.corekit.sandbox.http.Responses;
import dev.corekit.sandbox.http.SandboxRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Applies the next fault queued for a path: a delay before the request is answered as usual, or an answer of the
 * fault's own in place of the real one (a status, a malformed body, a dropped connection).
 */
final class FaultInjector {
    /** What {@link #apply} returns when the request is still to be answered as usual. */
    static final int NOT_ANSWERED = -1;

    private final Faults faults;

    FaultInjector(Faults faults) {
        this.faults = faults;
    }

    /**
     * Applies the next fault queued for {@code path} (relative to its server), if any. Returns the status the fault
     * answered with ({@code 0} for a dropped connection), or {@link #NOT_ANSWERED}.
     */
    int apply(String path, SandboxRequest request, HttpExchange exchange) throws IOException, InterruptedException {
        Fault fault = faults.next(path);
        if (fault == null) {
            return NOT_ANSWERED;
        }
        if (fault.kind() == Fault.Kind.DELAY) {
            Thread.sleep(fault.delay().toMillis());
            return NOT_ANSWERED;
        }
        readForJournal(request);
        switch (fault.kind()) {
            case DROP_CONNECTION:
                // Closing before any header is sent makes the server drop the connection.
                return 0;
            case MALFORMED_BODY:
                Responses.send(
                        exchange,
                        200,
                        "application/json; charset=utf-8",
                        "{\"id\":\"3f1c9a52-8d77-4c59-9b7d-".getBytes(StandardCharsets.UTF_8));
                return 200;
            default:
                if (fault.retryAfter() != null) {
                    exchange.getResponseHeaders().set("Retry-After", fault.retryAfter());
                }
                Responses.json(exchange, fault.status(), Map.of("Message", "fault injected by the sandbox"));
                return fault.status();
        }
    }

    /** A faulted request's body is read (within the limit), so that a test sees in the journal what was sent. */
    private static void readForJournal(SandboxRequest request) {
        try {
            request.body();
        } catch (BodyTooLargeException | UncheckedIOException e) {
            // The journal shows no body; the fault is applied all the same.
        }
    }
}
