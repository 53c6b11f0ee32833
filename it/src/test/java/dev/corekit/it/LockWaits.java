package dev.corekit.it;

import java.util.concurrent.CountDownLatch;

/** Waiting for locks in the tests of locks held across JVMs. */
final class LockWaits {
    private LockWaits() {}

    /** Whether {@code thread} waits for a lock: parked on a lock of its process, or inside {@code FileChannel.lock}. */
    static boolean waits(Thread thread) {
        if (thread.getState() == Thread.State.WAITING) {
            return true;
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().equals("java.nio.channels.FileChannel")
                    && frame.getMethodName().equals("lock")) {
                return true;
            }
        }
        return false;
    }

    /** Waits for {@code latch} inside an update, where no checked exception may leave. */
    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while holding a lock", e);
        }
    }
}
