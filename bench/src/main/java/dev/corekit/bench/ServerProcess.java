package dev.corekit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@link LoopbackHttpServer} answering {@link ActivityRoutes}, in a JVM of its own, so that what the server
 * allocates and the time its threads take are not the measured JVM's. It prints its port, serves until its input
 * ends, then prints the connections it accepted and the requests it answered.
 */
final class ServerProcess implements AutoCloseable {
    private static final String PORT = "port ";
    private static final String COUNTS = "accepted ";

    /**
     * What the server saw.
     *
     * @param accepted the TCP connections it accepted
     * @param requests the requests it answered
     */
    record Counts(long accepted, long requests) {}

    private final Process process;
    private final BufferedReader output;
    private final int port;

    private ServerProcess(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.port = Integer.parseInt(expect(PORT));
    }

    /** Starts the server's JVM and waits until it listens. */
    static ServerProcess start() {
        return new ServerProcess(
                ChildJvm.start(List.of("-Xmx512m", "-XX:+UseSerialGC"), ServerProcess.class, List.of()));
    }

    /** {@code http://127.0.0.1:<port>/api}. */
    String apiBase() {
        return "http://127.0.0.1:" + port + "/api";
    }

    /** Ends the server and returns what it saw. */
    Counts stop() {
        try {
            process.getOutputStream().close();
            String[] counts = expect(COUNTS).split(" requests ");
            process.waitFor();
            return new Counts(Long.parseLong(counts[0]), Long.parseLong(counts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the server ended", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
    }

    /** The rest of the server's next line that starts with {@code prefix}. */
    private String expect(String prefix) {
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(prefix)) {
                    return line.substring(prefix.length());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("the server's JVM ended without printing '" + prefix + "...'");
    }

    public static void main(String[] args) throws IOException {
        try (LoopbackHttpServer server = new LoopbackHttpServer(new ActivityRoutes())) {
            System.out.println(PORT + server.port());
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
            System.out.println(COUNTS + server.accepted() + " requests " + server.requests());
            System.out.flush();
        }
    }
}
