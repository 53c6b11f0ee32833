package dev.corekit.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What one set-up measured in its JVM. Counts above the baseline are what the connections added: the baseline is taken
 * before the set-up's first client exists for threads and files, and after a warm-up connection (loaded classes, a
 * shared stack) for the heap.
 *
 * @param setup the set-up's key
 * @param requested the connections asked for
 * @param loggedIn the connections that logged in (fewer than requested when the run stopped early)
 * @param calls the calls that succeeded, one per logged-in connection
 * @param failedCalls the calls that failed
 * @param stoppedBy why the run stopped before {@code requested} connections, or empty
 * @param threadsStarted threads started while the connections were opened, logged in and called
 * @param threadsPeak the most threads alive at once, above the baseline
 * @param threadsIdle threads alive with the connections idle, above the baseline
 * @param heapBaseline heap in use after a full collection, after the warm-up connection
 * @param heapHeld heap in use after a full collection with every connection held idle
 * @param loginSeconds wall time of opening and logging in every connection
 * @param callSeconds wall time of the calls, one per connection
 * @param openFiles file descriptors open with the connections idle, above the baseline
 * @param maxFiles the process's limit of open file descriptors
 * @param tcpOpen TCP connections to the sandbox still open with the connections idle ({@code -1}: not countable)
 */
record ConnectionFigures(
        String setup,
        int requested,
        int loggedIn,
        int calls,
        int failedCalls,
        String stoppedBy,
        long threadsStarted,
        long threadsPeak,
        long threadsIdle,
        long heapBaseline,
        long heapHeld,
        double loginSeconds,
        double callSeconds,
        long openFiles,
        long maxFiles,
        long tcpOpen) {

    /** Heap each idle connection holds: the growth over the baseline, divided among the logged-in connections. */
    long heapPerConnection() {
        return loggedIn == 0 ? 0 : (heapHeld - heapBaseline) / loggedIn;
    }

    double callsPerSecond() {
        return callSeconds <= 0 ? 0 : calls / callSeconds;
    }

    double loginsPerSecond() {
        return loginSeconds <= 0 ? 0 : loggedIn / loginSeconds;
    }

    void write(Path file) {
        Properties p = new Properties();
        p.setProperty("setup", setup);
        p.setProperty("requested", Integer.toString(requested));
        p.setProperty("loggedIn", Integer.toString(loggedIn));
        p.setProperty("calls", Integer.toString(calls));
        p.setProperty("failedCalls", Integer.toString(failedCalls));
        p.setProperty("stoppedBy", stoppedBy);
        p.setProperty("threadsStarted", Long.toString(threadsStarted));
        p.setProperty("threadsPeak", Long.toString(threadsPeak));
        p.setProperty("threadsIdle", Long.toString(threadsIdle));
        p.setProperty("heapBaseline", Long.toString(heapBaseline));
        p.setProperty("heapHeld", Long.toString(heapHeld));
        p.setProperty("loginSeconds", Double.toString(loginSeconds));
        p.setProperty("callSeconds", Double.toString(callSeconds));
        p.setProperty("openFiles", Long.toString(openFiles));
        p.setProperty("maxFiles", Long.toString(maxFiles));
        p.setProperty("tcpOpen", Long.toString(tcpOpen));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "corekit ConnectionsBench, set-up " + setup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ConnectionFigures read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConnectionFigures(
                p.getProperty("setup"),
                Integer.parseInt(p.getProperty("requested")),
                Integer.parseInt(p.getProperty("loggedIn")),
                Integer.parseInt(p.getProperty("calls")),
                Integer.parseInt(p.getProperty("failedCalls")),
                p.getProperty("stoppedBy"),
                Long.parseLong(p.getProperty("threadsStarted")),
                Long.parseLong(p.getProperty("threadsPeak")),
                Long.parseLong(p.getProperty("threadsIdle")),
                Long.parseLong(p.getProperty("heapBaseline")),
                Long.parseLong(p.getProperty("heapHeld")),
                Double.parseDouble(p.getProperty("loginSeconds")),
                Double.parseDouble(p.getProperty("callSeconds")),
                Long.parseLong(p.getProperty("openFiles")),
                Long.parseLong(p.getProperty("maxFiles")),
                Long.parseLong(p.getProperty("tcpOpen")));
    }
}
