package dev.corekit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a main class in a fresh JVM on this JVM's classpath, so that its threads, heap and classes are its own. */
final class ChildJvm {
    private ChildJvm() {}

    /** The command that runs {@code main} with {@code args} in a fresh JVM with {@code jvmOptions}. */
    static List<String> command(List<String> jvmOptions, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return command;
    }

    /** Starts {@link #command}, its error output merged into its output. */
    static Process start(List<String> jvmOptions, Class<?> main, List<String> args) {
        try {
            return new ProcessBuilder(command(jvmOptions, main, args))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a JVM for " + main.getSimpleName(), e);
        }
    }

    /**
     * Runs {@link #command} to its end and returns its output (error output merged).
     *
     * @throws IllegalStateException when the child exits with a status other than 0, with its output
     */
    static String output(List<String> jvmOptions, Class<?> main, List<String> args) {
        Process child = start(jvmOptions, main, args);
        try {
            String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = child.waitFor();
            if (status != 0) {
                throw new IllegalStateException(main.getSimpleName() + " ended with status " + status + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output of " + main.getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + main.getSimpleName() + " ran", e);
        }
    }

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
        List<String> args = new ArrayList<>(List.of(
                setup.key(),
                Integer.toString(options.connections()),
                Integer.toString(options.workers()),
                identityUrl,
                Integer.toString(sandboxPort),
                figures.toString()));
        if (options.histogram()) {
            args.add(histogramFile(figures).toString());
        }
        List<String> command = command(
                // The figures are read after full collections the run asks for.
                List.of("-Xmx" + options.childHeap(), "-Xms" + options.childHeap(), "-XX:-ExplicitGCInvokesConcurrent"),
                ConnectionsRun.class,
                args);
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
