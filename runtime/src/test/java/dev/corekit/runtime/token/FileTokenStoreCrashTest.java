package dev.corekit.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that is saving tokens in a tight loop, at a random point of a write, and checks the file always parses
 * to a complete token set: the old one or the new one, never a broken mix.
 */
class FileTokenStoreCrashTest {
    private static final int TOKEN_SIZE = 256 * 1024;
    private static final int ROUNDS = 5;

    @TempDir
    Path temp;

    @Test
    void aKilledWriterLeavesACompleteTokenSet() throws Exception {
        Path directory = temp.resolve("tokens");
        FileTokenStore reader = new FileTokenStore(directory);
        Path file = reader.file("acme");
        String classPath = ChildJvm.snapshotClassPath(temp, TokenSaverMain.class, FileTokenStore.class, TokenSet.class);
        List<Long> seen = new ArrayList<>();

        for (int round = 0; round < ROUNDS; round++) {
            long modifiedBefore =
                    Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : -1;
            Process writer = startWriter(classPath, directory, round);
            try {
                waitForFile(file, writer, modifiedBefore);
                Thread.sleep(300 + 37L * round);
            } finally {
                writer.destroyForcibly();
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            // Must parse, and must be one whole generation.
            TokenSet loaded = reader.load("acme").orElseThrow();
            long generation = generationOf(loaded);
            assertThat(loaded).isEqualTo(TokenSaverMain.generation(generation, TOKEN_SIZE));
            seen.add(generation);
        }

        assertThat(seen).hasSize(ROUNDS);
        // The writers did overwrite the file while being killed, not only write it once.
        assertThat(seen).anySatisfy(generation -> assertThat(generation).isPositive());
        // Stray temporary files may survive a kill; they hold tokens, so they must be private like the token file.
        for (String name : names(directory)) {
            assertThat(Files.getPosixFilePermissions(directory.resolve(name)))
                    .as("permissions of %s", name)
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static long generationOf(TokenSet tokens) {
        String access = tokens.accessToken();
        return Long.parseLong(access.substring(1, access.indexOf(':')));
    }

    private Process startWriter(String classPath, Path directory, int round) throws IOException {
        File log = temp.resolve("writer-" + round + ".log").toFile();
        return ChildJvm.command(
                        classPath, TokenSaverMain.class, directory.toString(), "acme", Integer.toString(TOKEN_SIZE))
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
    }

    /** Waits until the writer has saved at least once in this round (the file is new or newer). */
    private void waitForFile(Path file, Process writer, long modifiedBefore) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            if (Files.exists(file) && Files.getLastModifiedTime(file).toMillis() > modifiedBefore) {
                return;
            }
            if (!writer.isAlive()) {
                throw new AssertionError("the writer JVM ended with " + writer.exitValue() + ": " + logs());
            }
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("the writer JVM never saved: " + logs());
            }
            Thread.sleep(5);
        }
    }

    private String logs() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(temp)) {
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).collect(Collectors.toList())) {
                all.append(Files.readString(log));
            }
        }
        return all.toString();
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
