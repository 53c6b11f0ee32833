package dev.corekit.runtime.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.error.CoreApiException;
import dev.corekit.runtime.error.CoreBadRequestException;
import dev.corekit.runtime.error.CoreConflictException;
import dev.corekit.runtime.error.CoreForbiddenException;
import dev.corekit.runtime.error.CoreNotFoundException;
import dev.corekit.runtime.error.CoreRateLimitException;
import dev.corekit.runtime.error.CoreServerException;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Maps CORE's error answers to typed exceptions that carry the status, method and path and a short, redacted body
 * excerpt (the request's credentials masked wherever the body echoes them): {@code 400}, {@code 403} (never refreshes), {@code 404}, {@code 409} (CORE's {@code Key}/{@code Message}
 * and {@code errorCode}/{@code message} bodies parsed), {@code 429} and {@code 5xx}. A {@code 401} becomes the
 * refresh-and-replay signal; {@code 429} and {@code 503} become retry signals that {@link CoreRetryer} turns into the
 * typed exception when it does not retry.
 */
public final class CoreErrorDecoder implements ErrorDecoder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    public CoreErrorDecoder(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        byte[] body;
        try {
            body = CoreDecoder.readFully(response);
        } catch (IOException e) {
            body = new byte[0];
        }
        int status = response.status();
        if (status == 401) {
            return new NotAuthenticatedSignal(status, response.request());
        }
        String method = response.request().httpMethod().name();
        String path = URI.create(response.request().url()).getRawPath();
        // What a server echoes of the request's credentials is masked, also where it looks like no credential.
        List<String> sent = Redaction.sentIn(response.request());
        String excerpt = Redaction.excerpt(body, sent, RedactedFields.of(response.request(), null));
        JsonNode json = parse(body);
        String message =
                Redaction.shorten(Redaction.redact(firstText(json, "Message", "message", "error_description"), sent));
        switch (status) {
            case 400:
                return new CoreBadRequestException(method, path, excerpt, message);
            case 403:
                return new CoreForbiddenException(method, path, excerpt, message);
            case 404:
                return new CoreNotFoundException(method, path, excerpt, message);
            case 409:
                return new CoreConflictException(
                        method,
                        path,
                        excerpt,
                        Redaction.shorten(Redaction.redact(firstText(json, "Key", "key", "errorCode"), sent)),
                        message);
            case 429: {
                Duration retryAfter = retryAfter(response);
                return new RetrySignal(
                        status,
                        response.request(),
                        new CoreRateLimitException(method, path, excerpt, retryAfter),
                        retryAfter);
            }
            case 503: {
                Duration retryAfter = retryAfter(response);
                return new RetrySignal(
                        status,
                        response.request(),
                        new CoreServerException(status, method, path, excerpt, message),
                        retryAfter);
            }
            default:
                if (status >= 500) {
                    return new CoreServerException(status, method, path, excerpt, message);
                }
                return new CoreApiException(status, method, path, excerpt, message);
        }
    }

    private Duration retryAfter(Response response) {
        Collection<String> values = response.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Retry-After"))
                .map(java.util.Map.Entry::getValue)
                .findFirst()
                .orElse(java.util.List.of());
        return values.isEmpty()
                ? null
                : RetryAfter.parse(values.iterator().next(), clock).orElse(null);
    }

    private static @Nullable JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstText(JsonNode json, String... names) {
        if (json == null || !json.isObject()) {
            return null;
        }
        for (String name : names) {
            JsonNode value = json.get(name);
            if (value != null && value.isValueNode() && !value.isNull()) {
                return value.asText();
            }
        }
        return null;
    }
}
