package dev.corekit.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FileTokenStore#update} against another JVM: while a child JVM holds a connection's lock, this JVM's update
 * waits, and once the child released it, reads what the child stored. The child says when it holds the lock and
 * releases it when told, so the order of events is certain.
 */
class FileTokenStoreLockTest {
    @TempDir
    Path temp;

    @Test
    void updateWaitsForTheLockAnotherJvmHoldsAndReadsWhatItStored() throws Exception {
        Path directory = temp.resolve("tokens");
        FileTokenStore store = new FileTokenStore(directory);
        store.save("acme", TokenLockHolderMain.tokens("before-the-child"));
        String classPath =
                ChildJvm.snapshotClassPath(temp, TokenLockHolderMain.class, FileTokenStore.class, TokenSet.class);
        Process child = ChildJvm.command(classPath, TokenLockHolderMain.class, directory.toString(), "acme")
                .redirectError(temp.resolve("child.log").toFile())
                .start();
        try {
            BufferedReader childOutput =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter childInput = new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8);
            assertThat(nextLine(childOutput)).isEqualTo("locked");

            CompletableFuture<Optional<TokenSet>> seen = new CompletableFuture<>();
            Thread updating = new Thread(() -> {
                try {
                    store.update("acme", stored -> {
                        seen.complete(stored);
                        return stored;
                    });
                } catch (Throwable failure) {
                    seen.completeExceptionally(failure);
                }
            });
            updating.setDaemon(true);
            updating.start();
            // Until this update waits for the file lock, or (if it does not wait) has read the file. The bound only
            // detects a hang.
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!seen.isDone() && !waitsForAFileLock(updating)) {
                assertThat(System.nanoTime())
                        .as("waiting for the update to lock")
                        .isLessThan(giveUp);
                Thread.onSpinWait();
            }
            assertThat(seen).as("read while the other JVM held the lock").isNotDone();

            childInput.println("stored-by-the-child");
            assertThat(nextLine(childOutput)).isEqualTo("released");

            assertThat(seen.get(60, TimeUnit.SECONDS))
                    .get()
                    .extracting(TokenSet::accessToken)
                    .isEqualTo("stored-by-the-child");
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();
            assertThat(store.load("acme"))
                    .get()
                    .extracting(TokenSet::accessToken)
                    .isEqualTo("stored-by-the-child");
        } finally {
            child.destroyForcibly();
        }
    }

    private static boolean waitsForAFileLock(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().equals("java.nio.channels.FileChannel")
                    && frame.getMethodName().equals("lock")) {
                return true;
            }
        }
        return false;
    }

    /** The child's next line of output; the bound only detects a hang. */
    private static String nextLine(BufferedReader output) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
                    try {
                        return output.readLine();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .get(60, TimeUnit.SECONDS);
    }
}
