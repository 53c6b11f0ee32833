package dev.corekit.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A minimal HTTP/1.1 keep-alive server on loopback: one blocking thread per accepted connection, answering each
 * request with the bytes its {@link Responder} returns (precomputed where the answer never changes), so that the
 * server's share of a call stays small and the same for every client. Counts the TCP connections it accepted and the
 * requests it answered: a client that resends or reconnects shows up in them.
 */
final class LoopbackHttpServer implements AutoCloseable {
    /** Answers one request with a whole HTTP response, status line to body (see {@link HttpResponses}). */
    interface Responder extends Function<Request, byte[]> {}

    /**
     * One request as the server read it.
     *
     * @param method e.g. {@code GET}
     * @param target the request target, path and raw query
     * @param authorization the {@code Authorization} header, or {@code ""}
     * @param body the request body ({@code Content-Length} bytes)
     */
    record Request(String method, String target, String authorization, byte[] body) {
        String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }

        String rawQuery() {
            int q = target.indexOf('?');
            return q < 0 ? "" : target.substring(q + 1);
        }
    }

    private final ServerSocket socket;
    private final Responder responder;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final Thread acceptor;
    /** Connections being served, closed with the server so that their threads end with it. */
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    LoopbackHttpServer(Responder responder) throws IOException {
        this.responder = responder;
        this.socket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "loopback-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** {@code http://127.0.0.1:<port>}. */
    String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** TCP connections accepted since start (or the last {@link #resetCounts()}). */
    long accepted() {
        return accepted.get();
    }

    /** Requests answered since start (or the last {@link #resetCounts()}). */
    long requests() {
        return requests.get();
    }

    void resetCounts() {
        accepted.set(0);
        requests.set(0);
    }

    private void accept() {
        while (!socket.isClosed()) {
            Socket connection;
            try {
                connection = socket.accept();
            } catch (IOException e) {
                return;
            }
            accepted.incrementAndGet();
            open.add(connection);
            Thread serving = new Thread(() -> serve(connection), "loopback-http-" + accepted.get());
            serving.setDaemon(true);
            serving.start();
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            // Headers and body go out in one write; no delayed-ACK wait between them.
            connection.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(connection.getInputStream(), 8192);
            OutputStream out = connection.getOutputStream();
            Request request;
            while ((request = read(in)) != null) {
                byte[] response = responder.apply(request);
                requests.incrementAndGet();
                out.write(response);
                out.flush();
            }
        } catch (IOException e) {
            // The client went away (or the server closed); nothing to answer.
        } finally {
            open.remove(connection);
        }
    }

    /** The next request on the connection, or {@code null} at its end. */
    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3) {
            throw new IOException("not an HTTP request line: " + requestLine);
        }
        String authorization = "";
        int length = 0;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            String name = header.substring(0, Math.max(colon, 0)).toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                length = Integer.parseInt(value);
            } else if (name.equals("authorization")) {
                authorization = value;
            }
        }
        return new Request(parts[0], parts[1], authorization, in.readNBytes(length));
    }

    /** One line without its CRLF, or {@code null} at the end of the stream before any byte. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int size = bytes.size();
                byte[] raw = bytes.toByteArray();
                return new String(
                        raw, 0, size > 0 && raw[size - 1] == '\r' ? size - 1 : size, StandardCharsets.ISO_8859_1);
            }
            bytes.write(b);
        }
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : open) {
            connection.close();
        }
    }
}
