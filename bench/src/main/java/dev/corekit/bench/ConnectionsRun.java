package dev.corekit.bench;

import dev.corekit.client.Core;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One set-up of {@link ConnectionsBench}, in a child JVM of its own: opens the connections, logs each in through the
 * sandbox's login, makes one call on each, and measures with them idle. Writes its {@link ConnectionFigures} to a file
 * the parent reads.
 */
final class ConnectionsRun {
    /** Files kept free for the JVM itself (class files, the figures): the run stops before it takes them. */
    static final int FILE_MARGIN = 1024;
    /** How often (in connections) the open files are counted: counting lists every descriptor. */
    private static final int FILE_CHECK_EVERY = 64;

    private static final CoreQuery FIRST_PAGE = CoreQuery.builder().page(0, 10).build();

    private final ConnectionSetup setup;
    private final int connections;
    private final int workers;
    private final String identityUrl;
    private final int sandboxPort;
    private final Path histogramFile;
    private final PrintStream log;

    ConnectionsRun(
            ConnectionSetup setup,
            int connections,
            int workers,
            String identityUrl,
            int sandboxPort,
            Path histogramFile,
            PrintStream log) {
        this.setup = setup;
        this.connections = connections;
        this.workers = workers;
        this.identityUrl = identityUrl;
        this.sandboxPort = sandboxPort;
        this.histogramFile = histogramFile;
        this.log = log;
    }

    /** {@code SETUP CONNECTIONS WORKERS IDENTITY_URL SANDBOX_PORT FIGURES_FILE [HISTOGRAM_FILE]}. */
    public static void main(String[] args) {
        ConnectionsRun run = new ConnectionsRun(
                ConnectionSetup.byKey(args[0]),
                Integer.parseInt(args[1]),
                Integer.parseInt(args[2]),
                args[3],
                Integer.parseInt(args[4]),
                args.length > 6 ? Path.of(args[6]) : null,
                System.err);
        run.run().write(Path.of(args[5]));
        // Exits explicitly: the connections' pools and selector threads would keep the JVM alive.
        System.exit(0);
    }

    ConnectionFigures run() {
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "bench-worker");
            thread.setDaemon(true);
            return thread;
        });
        // The harness's own threads exist before the baseline, so that every thread counted is corekit's.
        ((ThreadPoolExecutor) pool).prestartAllCoreThreads();
        SandboxSignIn browser = new SandboxSignIn(identityUrl);
        long threadsBefore = JvmGauges.threadsStarted();
        int liveBefore = JvmGauges.liveThreads();
        long filesBefore = JvmGauges.openFiles();
        JvmGauges.resetPeakThreads();

        Connector connector = setup.connector(identityUrl);
        // The warm-up connection loads the classes and builds what the set-up shares, outside the heap baseline.
        CoreClient warmUp = connector.logIn("warm-up", browser);
        call(warmUp);
        long heapBaseline = JvmGauges.usedHeapAfterFullGc();
        ClassHistogram histogramBefore = histogramFile == null ? null : ClassHistogram.take();

        CoreClient[] held = new CoreClient[connections];
        AtomicInteger loggedIn = new AtomicInteger();
        long loginStart = System.nanoTime();
        String stoppedBy = inParallel(pool, connections, i -> {
            String full = i % FILE_CHECK_EVERY == 0 ? nearFileLimit(loggedIn.get()) : null;
            if (full != null) {
                return full;
            }
            held[i] = connector.logIn("company-" + i, browser);
            progress(loggedIn.incrementAndGet(), "logged in");
            return null;
        });
        if (stoppedBy != null) {
            log.printf("  (%s) stopped after %,d connections: %s%n", setup.key(), loggedIn.get(), stoppedBy);
        }
        double loginSeconds = (System.nanoTime() - loginStart) / 1e9;

        List<CoreClient> idle = new ArrayList<>();
        for (CoreClient client : held) {
            if (client != null) {
                idle.add(client);
            }
        }
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long callStart = System.nanoTime();
        inParallel(pool, idle.size(), i -> {
            try {
                call(idle.get(i));
                calls.incrementAndGet();
            } catch (RuntimeException e) {
                if (failed.incrementAndGet() == 1) {
                    log.printf("  (%s) a call failed: %s%n", setup.key(), describe(e));
                }
            }
            return null;
        });
        double callSeconds = (System.nanoTime() - callStart) / 1e9;

        long heapHeld = JvmGauges.usedHeapAfterFullGc();
        long threadsStarted = JvmGauges.threadsStarted() - threadsBefore;
        long threadsPeak = JvmGauges.peakThreads() - liveBefore;
        long threadsIdle = JvmGauges.liveThreads() - liveBefore;
        long openFiles = JvmGauges.openFiles() - filesBefore;
        LoopbackSockets sockets = LoopbackSockets.to(sandboxPort);
        log.printf("  (%s) live threads with the connections idle, by name:%n", setup.key());
        ThreadGroups.describe(8).forEach(line -> log.println("    " + line));
        if (histogramBefore != null) {
            writeHistogram(histogramBefore.growthTo(ClassHistogram.take(), 40), idle.size());
        }
        // Every connection stays reachable until it has been measured.
        Reference.reachabilityFence(held);
        Reference.reachabilityFence(warmUp);
        return new ConnectionFigures(
                setup.key(),
                connections,
                idle.size(),
                calls.get(),
                failed.get(),
                stoppedBy == null ? "" : stoppedBy,
                threadsStarted,
                threadsPeak,
                threadsIdle,
                heapBaseline,
                heapHeld,
                loginSeconds,
                callSeconds,
                openFiles,
                JvmGauges.maxFiles(),
                sockets.open());
    }

    /** {@code GET activity?page=0,10} through the generated catalogue. */
    private static void call(CoreClient client) {
        new Core(client).activities().list(FIRST_PAGE);
    }

    /**
     * Why no more connections should be opened, or {@code null}: the process would run out of files, keeping one free
     * for the call of each connection logged in (a connection with a pool of its own opens a socket for it).
     */
    private static String nearFileLimit(int loggedIn) {
        long open = JvmGauges.openFiles();
        long max = JvmGauges.maxFiles();
        if (max > 0 && open + loggedIn > max - FILE_MARGIN) {
            return String.format(
                    "%,d of %,d open files (the process's limit, ulimit -n), with one kept for each connection's call",
                    open, max);
        }
        return null;
    }

    /** One step of a phase: {@code null} to go on, or why the phase must stop. */
    private interface Step {
        String run(int index);
    }

    /**
     * Runs {@code step} for 0..count-1 on the workers; stops handing out indexes once a step answers a reason to stop
     * or fails (a thread or file that could not be had), and returns that reason, or {@code null}.
     */
    private String inParallel(ExecutorService pool, int count, Step step) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> stop = new AtomicReference<>();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            running.add(pool.submit(() -> {
                int i;
                while (stop.get() == null && (i = next.getAndIncrement()) < count) {
                    try {
                        String reason = step.run(i);
                        if (reason != null) {
                            stop.compareAndSet(null, reason);
                        }
                    } catch (RuntimeException | Error e) {
                        stop.compareAndSet(null, "connection " + i + ": " + describe(e));
                    }
                }
            }));
        }
        for (Future<?> worker : running) {
            try {
                worker.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while connections were opened", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a worker failed", e.getCause());
            }
        }
        return stop.get();
    }

    private void progress(int done, String what) {
        int step = Math.max(1, connections / 10);
        if (done % step == 0) {
            log.printf("  (%s) %,d of %,d %s%n", setup.key(), done, connections, what);
        }
    }

    private void writeHistogram(List<ClassHistogram.Row> growth, int count) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                "What %,d idle connections of set-up (%s) hold above the baseline, by class (largest first):",
                count, setup.key()));
        lines.add(String.format("%12s %14s %10s  %s", "instances", "bytes", "B/conn", "class"));
        for (ClassHistogram.Row row : growth) {
            lines.add(String.format(
                    "%,12d %,14d %,10d  %s",
                    row.instances(), row.bytes(), count == 0 ? 0 : row.bytes() / count, row.className()));
        }
        try {
            Files.write(histogramFile, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
