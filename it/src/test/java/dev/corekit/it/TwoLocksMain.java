package dev.corekit.it;

import dev.corekit.runtime.token.FileTokenStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Run in its own JVM by {@link FileTokenStoreTwoConnectionsTest}: one thread holds the refresh lock of a first
 * connection while a second thread asks for the lock of a second connection. Prints {@code holding} once the first
 * holds its lock, {@code waiting} once the second waits, then on {@code release} from stdin lets the first go and
 * prints {@code done} when both updates returned, or {@code failed} and the failure.
 *
 * <p>Arguments: the directory, the first connection, the second connection.
 */
public final class TwoLocksMain {
    private TwoLocksMain() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        FileTokenStore store = new FileTokenStore(Path.of(args[0]));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread first = start(
                failure,
                () -> store.update(args[1], stored -> {
                    holding.countDown();
                    LockWaits.await(release);
                    return stored;
                }));
        holding.await();
        out.println("holding");
        Thread second = start(failure, () -> store.update(args[2], stored -> stored));
        while (second.isAlive() && !LockWaits.waits(second)) {
            Thread.onSpinWait();
        }
        out.println("waiting");
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        release.countDown();
        first.join();
        second.join();
        out.println(failure.get() == null ? "done" : "failed " + failure.get());
    }

    private static Thread start(AtomicReference<Throwable> failure, Runnable update) {
        Thread thread = new Thread(() -> {
            try {
                update.run();
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        });
        thread.start();
        return thread;
    }
}
