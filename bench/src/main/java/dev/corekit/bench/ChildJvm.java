package dev.corekit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs one set-up in a fresh JVM on this JVM's classpath, so that its threads and heap are its own. */
final class ChildJvm {
    private ChildJvm() {}

    /**
     * Runs {@link ConnectionsRun} for {@code setup} and waits for it, copying its output to {@code out}.
     *
     * @throws IllegalStateException when the child exits with a status other than 0
     */
    static ConnectionFigures run(
            ConnectionSetup setup,
            BenchOptions options,
            String identityUrl,
            int sandboxPort,
            Path figures,
            PrintStream out) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + options.childHeap(),
                "-Xms" + options.childHeap(),
                // The figures are read after full collections the run asks for.
                "-XX:-ExplicitGCInvokesConcurrent",
                "-cp",
                System.getProperty("java.class.path"),
                ConnectionsRun.class.getName(),
                setup.key(),
                Integer.toString(options.connections()),
                Integer.toString(options.workers()),
                identityUrl,
                Integer.toString(sandboxPort),
                figures.toString()));
        if (options.histogram()) {
            command.add(histogramFile(figures).toString());
        }
        try {
            Process child =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            child.getInputStream().transferTo(out);
            out.flush();
            int status = child.waitFor();
            if (status != 0) {
                throw new IllegalStateException("set-up (" + setup.key() + ") ended with status " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a JVM for set-up (" + setup.key() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while set-up (" + setup.key() + ") ran", e);
        }
        return ConnectionFigures.read(figures);
    }

    /** Where the child writes its class histogram, next to its figures. */
    static Path histogramFile(Path figures) {
        return figures.resolveSibling(figures.getFileName().toString().replace(".properties", "") + "-histogram.txt");
    }
}
