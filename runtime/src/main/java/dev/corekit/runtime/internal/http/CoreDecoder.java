package dev.corekit.runtime.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.corekit.runtime.error.CoreResponseException;
import dev.corekit.runtime.error.CoreTransportException;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes CORE's JSON straight from the response stream, with one reader per target type. The body is always read to
 * its end before the stream is closed, so a kept-alive connection goes back to the pool (Jackson stops at the end of
 * the JSON value and the connection would otherwise be dropped). CORE's {@code 200 "Not authenticated"} becomes a
 * refresh-and-replay signal; an empty body or {@code 204} is an empty list for list calls and {@code null} otherwise.
 */
public final class CoreDecoder implements Decoder {
    private static final byte[] NOT_AUTHENTICATED = "\"Not authenticated\"".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper mapper;
    private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    public CoreDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object decode(Response response, Type type) {
        BodyStream body = null;
        try {
            body = BodyStream.of(response, Redaction.excerptSource(Redaction.sentIn(response.request())));
            Object value = read(response, type, body);
            body.release();
            return value;
        } catch (IOException e) {
            if (body == null || body.broke() != null) {
                throw brokeOff(response, body == null ? e : body.broke());
            }
            try {
                // The excerpt shows the body's start, as far as it reaches; the connection stays usable.
                body.release();
            } catch (IOException drained) {
                throw brokeOff(response, drained);
            }
            throw unreadable(response, type, body.head(), e);
        } finally {
            if (body != null) {
                body.abandon();
            }
        }
    }

    /** The value of {@code body}, or the signal CORE's {@code "Not authenticated"} stands for. */
    private Object read(Response response, Type type, BodyStream body) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, NOT_AUTHENTICATED.length);
        int first = in.read();
        boolean empty = first == -1;
        while (first != -1 && Character.isWhitespace(first)) {
            first = in.read();
        }
        if (first == '"') {
            byte[] start = new byte[NOT_AUTHENTICATED.length];
            start[0] = '"';
            int length = 1 + in.readNBytes(start, 1, start.length - 1);
            if (Arrays.equals(start, 0, length, NOT_AUTHENTICATED, 0, NOT_AUTHENTICATED.length)) {
                // Rare enough to read whole: whether more than whitespace follows decides what it is.
                byte[] rest = in.readAllBytes();
                byte[] whole = Arrays.copyOf(start, start.length + rest.length);
                System.arraycopy(rest, 0, whole, start.length, rest.length);
                if (isNotAuthenticated(whole)) {
                    throw new NotAuthenticatedSignal(response.status(), response.request());
                }
                return value(response, type, new ByteArrayInputStream(whole), false);
            }
            in.unread(start, 0, length);
        } else if (first != -1) {
            in.unread(first);
        }
        return value(response, type, in, empty);
    }

    private Object value(Response response, Type type, InputStream in, boolean empty) throws IOException {
        if (type == void.class || type == Void.class) {
            return null;
        }
        if (response.status() == 204 || empty) {
            return Util.emptyValueOf(type);
        }
        Object value = reader(type).readValue(in);
        // A JSON null is no list: a list call gives an empty list, a single object stays null.
        return value == null ? Util.emptyValueOf(type) : value;
    }

    private ObjectReader reader(Type type) {
        ObjectReader reader = readers.get(type);
        return reader != null ? reader : readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.constructType(t)));
    }

    /** The answer broke off: like a dropped connection, retried for idempotent calls only. */
    private static RetrySignal brokeOff(Response response, IOException e) {
        return new RetrySignal(
                -1,
                response.request(),
                new CoreTransportException(
                        response.request().httpMethod().name(),
                        path(response),
                        "the answer broke off: " + e.getClass().getSimpleName(),
                        e),
                null);
    }

    /** Feign would wrap anything but its own exceptions; the signal carries the typed error through. */
    private static FailSignal unreadable(Response response, Type type, byte[] head, IOException e) {
        return new FailSignal(
                response.request(),
                new CoreResponseException(
                        response.status(),
                        response.request().httpMethod().name(),
                        path(response),
                        Redaction.excerpt(
                                head,
                                Redaction.sentIn(response.request()),
                                RedactedFields.of(response.request(), type)),
                        e instanceof JsonProcessingException json ? describe(json, type) : "unreadable body",
                        new UnquotedJsonFailure(e)));
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
        return Arrays.equals(body, start, end, NOT_AUTHENTICATED, 0, NOT_AUTHENTICATED.length);
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
