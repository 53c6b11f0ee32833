package dev.corekit.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@link CallerMain} JVMs started with this test's class path, ordered about over their stdin. Every wait is bounded
 * by a generous limit that only turns a hung JVM into a failed test; nothing here measures time. {@link #close()}
 * ends every JVM, whatever happened.
 */
final class CallerJvms implements AutoCloseable {
    private static final long REPLY_TIMEOUT_SECONDS = 180;
    private static final String ENDED = "\u0000ended";

    private final List<Caller> callers = new ArrayList<>();

    private record Caller(int number, Process process, Writer stdin, BlockingQueue<String> replies, Path log) {}

    private CallerJvms() {}

    /** Starts {@code count} JVMs running {@link CallerMain} with {@code arguments}, and waits until each is ready. */
    static CallerJvms start(int count, Path logs, List<String> arguments) throws IOException {
        CallerJvms jvms = new CallerJvms();
        try {
            Files.createDirectories(logs);
            for (int number = 0; number < count; number++) {
                jvms.callers.add(launch(number, logs.resolve("caller-" + number + ".log"), arguments));
            }
            for (Caller caller : jvms.callers) {
                String reply = await(caller);
                if (!reply.equals("ready")) {
                    throw new AssertionError("caller " + caller.number() + " answered " + reply + describe(caller));
                }
            }
            return jvms;
        } catch (RuntimeException | Error | IOException e) {
            jvms.close();
            throw e;
        }
    }

    /** Gives every JVM the order at once, then collects every JVM's counts. */
    List<Burst.Counts> burst(Burst.Order order) {
        for (Caller caller : callers) {
            send(caller, order.line());
        }
        List<Burst.Counts> counts = new ArrayList<>();
        for (Caller caller : callers) {
            counts.add(Burst.Counts.parse(await(caller)));
        }
        return counts;
    }

    /** What the JVMs wrote on stderr, to explain a failed assertion. */
    String logs() {
        StringBuilder all = new StringBuilder();
        for (Caller caller : callers) {
            all.append(describe(caller));
        }
        return all.toString();
    }

    @Override
    public void close() {
        for (Caller caller : callers) {
            caller.process().destroyForcibly();
        }
        for (Caller caller : callers) {
            try {
                caller.process().waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Caller launch(int number, Path log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Several JVMs start at once on a small machine: the quick compiler is enough for a short run.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp",
                System.getProperty("java.class.path"),
                CallerMain.class.getName()));
        command.addAll(arguments);
        Process process =
                new ProcessBuilder(command).redirectError(log.toFile()).start();
        BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader out = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = out.readLine(); line != null; line = out.readLine()) {
                            replies.add(line);
                        }
                    } catch (IOException e) {
                        // The JVM went away; reported below as its end.
                    }
                    replies.add(ENDED);
                },
                "caller-" + number + "-stdout");
        reader.setDaemon(true);
        reader.start();
        Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        return new Caller(number, process, stdin, replies, log);
    }

    private static void send(Caller caller, String line) {
        try {
            caller.stdin().write(line + "\n");
            caller.stdin().flush();
        } catch (IOException e) {
            throw new AssertionError("caller " + caller.number() + " no longer listens" + describe(caller), e);
        }
    }

    private static String await(Caller caller) {
        String reply;
        try {
            reply = caller.replies().poll(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for caller " + caller.number(), e);
        }
        if (reply == null) {
            throw new AssertionError("caller " + caller.number() + " did not answer within " + REPLY_TIMEOUT_SECONDS
                    + " s" + describe(caller));
        }
        if (reply.equals(ENDED)) {
            throw new AssertionError("caller " + caller.number() + " ended" + describe(caller));
        }
        return reply;
    }

    private static String describe(Caller caller) {
        try {
            String log = Files.exists(caller.log()) ? Files.readString(caller.log()) : "";
            return "\n--- caller " + caller.number() + " stderr ---\n" + log;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
