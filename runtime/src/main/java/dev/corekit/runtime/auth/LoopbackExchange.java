package dev.corekit.runtime.auth;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 request on a connection to {@link LoopbackReceiver}: its head read within a deadline and a size limit,
 * and one answer, after which the connection is closed. The receiver serves a browser's single GET, so nothing more
 * of HTTP is needed (no bodies, no keep-alive).
 */
final class LoopbackExchange {
    /** The largest request head accepted; a browser's callback request is far smaller. */
    static final int MAX_HEAD = 16 * 1024;

    /** The request line's method and target, and the {@code Host} header ({@code null} when absent or repeated). */
    record Head(String method, String target, String host) {
        /** The target's path, without query. */
        String rawPath() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }

        /** The target's query, or {@code null}. */
        String rawQuery() {
            int query = target.indexOf('?');
            return query < 0 ? null : target.substring(query + 1);
        }
    }

    private LoopbackExchange() {}

    /**
     * Reads the request head; the whole head must arrive within {@code deadlineNanos} ({@link System#nanoTime()}).
     *
     * @throws SocketTimeoutException when the deadline passed first
     * @throws IOException when the connection broke, or the head is too large or malformed
     */
    static Head read(Socket socket, long deadlineNanos) throws IOException {
        InputStream in = new BufferedInputStream(socket.getInputStream());
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int newlines = 0;
        while (newlines < 2) {
            long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException("the request head did not arrive in time");
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before the request head ended");
            }
            if (head.size() >= MAX_HEAD) {
                throw new IOException("the request head is too large");
            }
            head.write(b);
            if (b == '\n') {
                newlines++;
            } else if (b != '\r') {
                newlines = 0;
            }
        }
        return parse(head.toString(StandardCharsets.ISO_8859_1));
    }

    private static Head parse(String head) throws IOException {
        String[] lines = head.split("\r?\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.") || !requestLine[1].startsWith("/")) {
            throw new IOException("malformed request line");
        }
        String host = null;
        int hosts = 0;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0
                    && lines[i].substring(0, colon)
                            .trim()
                            .toLowerCase(Locale.ROOT)
                            .equals("host")) {
                host = lines[i].substring(colon + 1).trim();
                hosts++;
            }
        }
        return new Head(requestLine[0], requestLine[1], hosts == 1 ? host : null);
    }

    /** Writes the answer and closes nothing; the caller closes the connection. */
    static void answer(Socket socket, int status, String reason, String contentType, String body, String... headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ")
                .append(status)
                .append(' ')
                .append(reason)
                .append("\r\nContent-Type: ")
                .append(contentType)
                .append("\r\nContent-Length: ")
                .append(bytes.length)
                .append("\r\nConnection: close\r\nCache-Control: no-store")
                // The page's URL holds the code: no referrer, no scripts, no framing, no sniffing.
                .append("\r\nReferrer-Policy: no-referrer")
                .append("\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'")
                .append("\r\nX-Content-Type-Options: nosniff");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append("\r\n").append(headers[i]).append(": ").append(headers[i + 1]);
        }
        head.append("\r\n\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }
}
