package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A request the API refuses: the answer travels up to {@link ApiServer#handle} as an exception. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Answer answer;

    ApiException(int status, JsonNode body, Map<String, String> headers) {
        super(status + " " + body, null, false, false);
        this.answer = new Answer(status, body, headers);
    }

    Answer answer() {
        return answer;
    }
}
