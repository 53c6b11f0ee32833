package dev.corekit.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.token.FileTokenStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs refresh two connections of one {@link FileTokenStore} directory crosswise: this JVM holds the lock of
 * {@code acme} while the other holds {@code globex} and asks for {@code acme}; then this JVM asks for {@code globex}.
 * File locks belong to a process, so had this JVM waited for {@code globex}'s file lock while holding {@code acme}'s,
 * the system would have seen two processes waiting for each other and refused the lock ({@code EDEADLK}), failing a
 * refresh that only had to wait its turn. Each JVM says where it is, so the order of events is certain; every bound
 * only detects a hang.
 */
class FileTokenStoreTwoConnectionsTest {
    private static final long BOUND_SECONDS = 60;

    @TempDir
    Path temp;

    @Test
    void crosswiseUpdatesOfTwoConnectionsWaitTheirTurnAndAllFinish() throws Exception {
        Path directory = temp.resolve("tokens");
        FileTokenStore store = new FileTokenStore(directory);
        CountDownLatch holdingAcme = new CountDownLatch(1);
        CountDownLatch releaseAcme = new CountDownLatch(1);
        CompletableFuture<Void> acme = new CompletableFuture<>();
        start(
                acme,
                () -> store.update("acme", stored -> {
                    holdingAcme.countDown();
                    LockWaits.await(releaseAcme);
                    return stored;
                }));
        assertThat(holdingAcme.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();

        Process other = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        TwoLocksMain.class.getName(),
                        directory.toString(),
                        "globex",
                        "acme")
                .redirectError(temp.resolve("other.log").toFile())
                .start();
        try {
            BufferedReader otherSays =
                    new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter tellOther = new PrintWriter(other.getOutputStream(), true, StandardCharsets.UTF_8);
            assertThat(nextLine(otherSays)).isEqualTo("holding");
            assertThat(nextLine(otherSays)).isEqualTo("waiting");

            CompletableFuture<Void> globex = new CompletableFuture<>();
            Thread updating = start(globex, () -> store.update("globex", stored -> stored));
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
            while (!globex.isDone() && !LockWaits.waits(updating)) {
                assertThat(System.nanoTime())
                        .as("waiting for the update to wait")
                        .isLessThan(giveUp);
                Thread.onSpinWait();
            }
            assertThat(globex)
                    .as("the update of globex waits its turn, it is not refused")
                    .isNotDone();

            releaseAcme.countDown();
            acme.get(BOUND_SECONDS, TimeUnit.SECONDS);
            tellOther.println("release");
            assertThat(nextLine(otherSays)).isEqualTo("done");
            globex.get(BOUND_SECONDS, TimeUnit.SECONDS);
            assertThat(other.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        } finally {
            releaseAcme.countDown();
            other.destroyForcibly();
        }
    }

    private static Thread start(CompletableFuture<Void> done, Runnable update) {
        Thread thread = new Thread(() -> {
            try {
                update.run();
                done.complete(null);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String nextLine(BufferedReader output) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
                    try {
                        return output.readLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .get(BOUND_SECONDS, TimeUnit.SECONDS);
    }
}
