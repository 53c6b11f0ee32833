package dev.corekit.runtime.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A socket-level HTTP/1.1 server on 127.0.0.1 for faults an HTTP server library cannot make: a reset connection, an
 * answer that never comes, a body that breaks off. It journals every request it reads (method and path, and the
 * request exactly as it came over the wire, before it acts) and answers each with the next scripted {@link Action},
 * then the fallback; every answer but {@link #keepAlive}'s closes the connection.
 */
final class RawServer implements AutoCloseable {
    /** What the server does with one request. */
    @FunctionalInterface
    interface Action {
        void perform(Socket socket) throws IOException;
    }

    private final ServerSocket listener;
    private final Action fallback;
    private final Deque<Action> script = new ArrayDeque<>();
    private final List<String> journal = Collections.synchronizedList(new ArrayList<>());
    private final List<String> wire = Collections.synchronizedList(new ArrayList<>());
    private final List<Socket> open = Collections.synchronizedList(new ArrayList<>());

    private RawServer(Action fallback) {
        this.fallback = fallback;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A server that answers every request not scripted with {@code fallback}. */
    static RawServer start(Action fallback) {
        return new RawServer(fallback);
    }

    /** Queues {@code action} for the next {@code times} requests. */
    RawServer then(Action action, int times) {
        synchronized (script) {
            for (int i = 0; i < times; i++) {
                script.addLast(action);
            }
        }
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** Every request read, as {@code "METHOD /path"}, in order. */
    List<String> requests() {
        synchronized (journal) {
            return List.copyOf(journal);
        }
    }

    /** Every request read: its head as sent (request line, header lines in order, blank line), then its body. */
    List<String> wire() {
        synchronized (wire) {
            return List.copyOf(wire);
        }
    }

    /** How many connections the server accepted. */
    int connections() {
        return open.size();
    }

    /** A complete answer with a JSON body that keeps the connection open for the next request. */
    static Action keepAlive(String json) {
        return socket -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        };
    }

    /** A complete answer with a JSON body. */
    static Action answer(int status, String json, String... headers) {
        return socket -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " Status\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            head.append("Content-Type: application/json\r\nContent-Length: ")
                    .append(body.length)
                    .append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            socket.close();
        };
    }

    /** Headers promising 1000 bytes, then 10 of them, then the connection closes. */
    static Action brokenBody(int status) {
        return brokenBody(status, "[{\"code\":\"");
    }

    /** Headers promising 1000 bytes (twice {@code start}'s length if more), then {@code start}, then the connection closes. */
    static Action brokenBody(int status, String start) {
        int promised = Math.max(1000, start.length() * 2);
        return socket -> {
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 " + status + " Status\r\nContent-Type: application/json\r\nContent-Length: " + promised
                            + "\r\n\r\n" + start)
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.close();
        };
    }

    /** Closes the connection with a TCP reset, without an answer. */
    static Action reset() {
        return socket -> {
            socket.setSoLinger(true, 0);
            socket.close();
        };
    }

    /** Never answers; the connection stays open until the server closes. */
    static Action silent() {
        return socket -> {};
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                open.add(socket);
                Thread handler = new Thread(() -> serve(socket), "raw-server-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                // Closed: the test is over.
            }
        }
    }

    private void serve(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            while (!socket.isClosed()) {
                String head = readHead(in);
                if (head == null) {
                    socket.close();
                    return;
                }
                String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
                long length = contentLength(head);
                byte[] body = in.readNBytes((int) length);
                journal.add(requestLine[0] + " " + requestLine[1].split("\\?", 2)[0]);
                wire.add(head + new String(body, StandardCharsets.UTF_8));
                Action action;
                synchronized (script) {
                    action = script.isEmpty() ? fallback : script.removeFirst();
                }
                action.perform(socket);
            }
        } catch (IOException e) {
            // The client went away: nothing to answer.
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                return head.toString(StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    private static long contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Long.parseLong(line.substring("content-length:".length()).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() {
        try {
            listener.close();
            synchronized (open) {
                for (Socket socket : open) {
                    socket.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
