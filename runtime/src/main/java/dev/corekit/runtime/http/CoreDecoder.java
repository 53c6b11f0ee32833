package dev.corekit.runtime.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.error.CoreResponseException;
import dev.corekit.runtime.error.CoreTransportException;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Decodes CORE's JSON from the response bytes. The body is always read to its end before the stream is closed, so a
 * kept-alive connection goes back to the pool (feign-jackson's decoder stops at the end of the JSON value and the
 * connection is then dropped). CORE's {@code 200 "Not authenticated"} becomes a refresh-and-replay signal; an empty
 * body or {@code 204} is an empty list for list calls and {@code null} otherwise.
 */
public final class CoreDecoder implements Decoder {
    private static final byte[] NOT_AUTHENTICATED = "\"Not authenticated\"".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper mapper;

    public CoreDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object decode(Response response, Type type) {
        byte[] body;
        try {
            body = readFully(response);
        } catch (IOException e) {
            // The answer broke off: like a dropped connection, retried for idempotent calls only.
            throw new RetrySignal(
                    -1,
                    response.request(),
                    new CoreTransportException(
                            response.request().httpMethod().name(),
                            path(response),
                            "the answer broke off: " + e.getClass().getSimpleName(),
                            e),
                    null);
        }
        if (isNotAuthenticated(body)) {
            throw new NotAuthenticatedSignal(response.status(), response.request());
        }
        if (type == void.class || type == Void.class) {
            return null;
        }
        if (response.status() == 204 || body.length == 0) {
            return Util.emptyValueOf(type);
        }
        try {
            return mapper.readValue(body, mapper.constructType(type));
        } catch (IOException e) {
            // Feign would wrap anything but its own exceptions; the signal carries the typed error through.
            throw new FailSignal(
                    response.request(),
                    new CoreResponseException(
                            response.status(),
                            response.request().httpMethod().name(),
                            path(response),
                            Redaction.excerpt(
                                    body,
                                    Redaction.sentIn(response.request()),
                                    RedactedFields.of(response.request(), type)),
                            e instanceof JsonProcessingException json ? describe(json, type) : "unreadable body",
                            new UnquotedJsonFailure(e)));
        }
    }

    private static String path(Response response) {
        return URI.create(response.request().url()).getRawPath();
    }

    /** Reads and closes the body; {@code byte[0]} when there is none. */
    static byte[] readFully(Response response) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readAllBytes();
        }
    }

    static boolean isNotAuthenticated(byte[] body) {
        int start = 0;
        int end = body.length;
        while (start < end && Character.isWhitespace(body[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(body[end - 1])) {
            end--;
        }
        return java.util.Arrays.equals(body, start, end, NOT_AUTHENTICATED, 0, NOT_AUTHENTICATED.length);
    }

    /** Names the type and the JSON path that failed, without quoting values (they may be anything). */
    private static String describe(JsonProcessingException e, Type type) {
        String target = type.getTypeName().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    if (path.length() > 0) {
                        path.append('.');
                    }
                    path.append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            Object from = mapping.getPath().get(mapping.getPath().size() - 1).getFrom();
            Class<?> ownerClass = from instanceof Class<?> c ? c : from == null ? null : from.getClass();
            String owner = ownerClass == null
                    ? ""
                    : ownerClass
                            .getName()
                            .substring(ownerClass.getName().lastIndexOf('.') + 1)
                            .replace("$Builder", "");
            return "cannot read the response as " + target + ": field " + path + (owner.isEmpty() ? "" : " of " + owner)
                    + " has a value of another shape";
        }
        return "cannot read the response as " + target + ": malformed JSON";
    }
}
