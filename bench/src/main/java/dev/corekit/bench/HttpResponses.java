package dev.corekit.bench;

import java.nio.charset.StandardCharsets;

/** Whole HTTP/1.1 responses as bytes, for {@link LoopbackHttpServer}: rendered once where the answer never changes. */
final class HttpResponses {
    static final byte[] NOT_FOUND = response("404 Not Found", "text/plain", new byte[0]);

    private HttpResponses() {}

    /** {@code 200 OK} with a JSON body. */
    static byte[] json(byte[] body) {
        return response("200 OK", "application/json; charset=utf-8", body);
    }

    /** {@code 200 OK} with a JSON body. */
    static byte[] json(String body) {
        return json(body.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code 400 Bad Request} with an OAuth error body. */
    static byte[] badRequest(String oauthError) {
        return response(
                "400 Bad Request",
                "application/json",
                ("{\"error\":\"" + oauthError + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] response(String status, String contentType, byte[] body) {
        byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] whole = new byte[head.length + body.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(body, 0, whole, head.length, body.length);
        return whole;
    }
}
