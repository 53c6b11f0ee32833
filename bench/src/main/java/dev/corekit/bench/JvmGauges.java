package dev.corekit.bench;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;

/** What a child JVM reads about itself: threads, heap after a full collection, open files. */
final class JvmGauges {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private JvmGauges() {}

    /** Threads started since the JVM started, daemon or not, ended or not. */
    static long threadsStarted() {
        return THREADS.getTotalStartedThreadCount();
    }

    static int liveThreads() {
        return THREADS.getThreadCount();
    }

    /** The most threads alive at once since the last {@link #resetPeakThreads()}. */
    static int peakThreads() {
        return THREADS.getPeakThreadCount();
    }

    static void resetPeakThreads() {
        THREADS.resetPeakThreadCount();
    }

    /**
     * The heap in use after full collections, repeated until it no longer shrinks (objects whose cleaning frees
     * others take more than one).
     */
    static long usedHeapAfterFullGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    /** File descriptors this process has open (sockets and selectors included); -1 where the OS does not say. */
    static long openFiles() {
        return OS instanceof UnixOperatingSystemMXBean unix ? unix.getOpenFileDescriptorCount() : -1;
    }

    /** The most file descriptors this process may open; -1 where the OS does not say. */
    static long maxFiles() {
        return OS instanceof UnixOperatingSystemMXBean unix ? unix.getMaxFileDescriptorCount() : -1;
    }
}
