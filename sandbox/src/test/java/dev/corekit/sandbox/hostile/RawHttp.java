package dev.corekit.sandbox.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket, so that a test controls how much of a body is sent before it reads the answer: a
 * server that answers a huge body early is seen to answer while the client still has most of it to send.
 */
final class RawHttp implements AutoCloseable {
    private final Socket socket;
    private final AtomicLong sent = new AtomicLong();

    RawHttp(int port) throws IOException {
        this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(20_000);
    }

    /** Sends the request line and headers, ending with the blank line. */
    RawHttp head(String requestLine, String... headers) throws IOException {
        StringBuilder head = new StringBuilder(requestLine).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        head.append("Host: 127.0.0.1\r\n\r\n");
        socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** Sends {@code bytes} as they are, e.g. a whole small body. */
    RawHttp write(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        return this;
    }

    /**
     * Starts sending {@code total} bytes of body from a generator on another thread, raw or as 64 KiB chunks; it stops
     * when the server closes the connection or this client does.
     */
    RawHttp streamBody(long total, boolean chunked) {
        Thread writer = new Thread(
                () -> {
                    byte[] block = new byte[64 * 1024];
                    Arrays.fill(block, (byte) 'a');
                    try {
                        OutputStream out = socket.getOutputStream();
                        for (long left = total; left > 0; left -= block.length) {
                            int n = (int) Math.min(left, block.length);
                            if (chunked) {
                                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                            }
                            out.write(block, 0, n);
                            if (chunked) {
                                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                            }
                            sent.addAndGet(n);
                        }
                        if (chunked) {
                            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        }
                    } catch (IOException e) {
                        // The server answered and closed, or this client did: the rest is never sent.
                    }
                },
                "raw-http-body");
        writer.setDaemon(true);
        writer.start();
        return this;
    }

    /** Body bytes the generator handed to the socket so far. */
    long bodyBytesSent() {
        return sent.get();
    }

    /** Reads the status line, headers and (by Content-Length) body of the answer. */
    Answer answer() throws IOException {
        InputStream in = socket.getInputStream();
        String statusLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        return new Answer(
                Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed before the answer was complete: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** An HTTP answer. */
    record Answer(int status, Map<String, String> headers, String body) {}
}
