package dev.corekit.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The processor's share of compiling the catalogue: javac over the catalogue's declarations with corekit's processor
 * ({@code -Acorekit.facade=dev.corekit.client.Core}, as the module's build has it), and in turns {@code -proc:none}
 * over the declarations plus the sources the processor generated (those of the first run with it: the module's
 * {@code target/generated-sources/annotations}). Same javac (this JDK's), classpath (this JVM's, without the
 * catalogue, the processor and JavaPoet, which go on the processor path), {@code --release 17}, {@code -Xlint} and
 * encoding; output emptied before each run; each run in a fresh JVM ({@link CompileRun}), which times javac's call and
 * its annotation-processing phase.
 */
final class CompileShare {
    /**
     * Every run's times.
     *
     * @param withMillis javac's time with the processor, a run each
     * @param processingMillis of which its annotation-processing phase
     * @param withoutMillis javac's time with {@code -proc:none}, a run each
     * @param classes the classes each compiled (the same both ways)
     * @param generated the sources the processor generated
     */
    record Result(
            List<Double> withMillis,
            List<Double> processingMillis,
            List<Double> withoutMillis,
            long classes,
            long generated) {
        List<Figure> figures() {
            double with = Medians.of(withMillis);
            double without = Medians.of(withoutMillis);
            double processing = Medians.of(processingMillis);
            return List.of(
                    new Figure(
                            "compiling the catalogue: with the processor / -proc:none over its output (median)",
                            Figure.format(with, "ms"),
                            Figure.format(without, "ms"),
                            with / without,
                            "≤ 1.15x (processor ≤ 15%)",
                            with / without <= 1.15),
                    new Figure(
                            "compiling the catalogue: javac's annotation-processing phase / -proc:none (median)",
                            Figure.format(processing, "ms"),
                            Figure.format(without, "ms"),
                            processing / without,
                            Figure.NO_GOAL,
                            true));
        }
    }

    /**
     * This JVM's class path split for javac.
     *
     * @param classpath every entry but the catalogue's, the processor's and JavaPoet's
     * @param processorPath the processor's and JavaPoet's
     */
    record Paths(List<String> classpath, List<String> processorPath) {
        /** Tells entries apart by their jar's name or their module's {@code target/classes}, never by the checkout's. */
        static Paths split(List<String> entries) {
            List<String> classpath = new ArrayList<>();
            List<String> processorPath = new ArrayList<>();
            for (String entry : entries) {
                if (isModule(entry, "processor", "corekit-processor")
                        || Path.of(entry).getFileName().toString().startsWith("javapoet")) {
                    processorPath.add(entry);
                } else if (!isModule(entry, "generated-client", "corekit-client")) {
                    classpath.add(entry);
                }
            }
            return new Paths(classpath, processorPath);
        }

        private static boolean isModule(String entry, String module, String artifact) {
            Path path = Path.of(entry);
            return path.getFileName().toString().startsWith(artifact + "-")
                    || path.endsWith(Path.of(module, "target", "classes"));
        }
    }

    private CompileShare() {}

    /**
     * Compiles the declarations under {@code declarations} {@code runs} times each way, in turns, in {@code work}.
     *
     * @throws IllegalStateException when a run fails, or the two ways compile different numbers of classes
     */
    static Result run(Path declarations, int runs, Path work, PrintStream log) {
        try {
            Files.createDirectories(work);
            Paths paths =
                    Paths.split(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
            List<String> classpath = paths.classpath();
            List<String> processorPath = paths.processorPath();
            List<String> common = List.of(
                    "--release",
                    "17",
                    "-encoding",
                    "UTF-8",
                    "-Xlint:all,-processing,-serial",
                    "-classpath",
                    String.join(File.pathSeparator, classpath));
            Path generated = work.resolve("generated");
            Path withOptions = options(
                    work,
                    "with",
                    common,
                    List.of(
                            "-processorpath",
                            String.join(File.pathSeparator, processorPath),
                            "-Acorekit.facade=dev.corekit.client.Core",
                            "-s",
                            generated.toString()));
            Path withoutOptions = options(work, "without", common, List.of("-proc:none"));
            Path declared = sources(work.resolve("declarations.txt"), List.of(declarations));
            Path all = null;
            List<Double> with = new ArrayList<>();
            List<Double> processing = new ArrayList<>();
            List<Double> without = new ArrayList<>();
            long classes = 0;
            for (int run = 1; run <= runs; run++) {
                empty(generated);
                double[] a = javac(withOptions, declared, work.resolve("with"));
                with.add(a[0]);
                processing.add(a[1]);
                long withClasses = classes(work.resolve("with"));
                if (all == null) {
                    // The first run's output is what every run without the processor compiles.
                    empty(work.resolve("generated-kept"));
                    copy(generated, work.resolve("generated-kept"));
                    all = sources(work.resolve("all.txt"), List.of(declarations, work.resolve("generated-kept")));
                }
                double[] b = javac(withoutOptions, all, work.resolve("without"));
                without.add(b[0]);
                classes = classes(work.resolve("without"));
                if (withClasses != classes) {
                    throw new IllegalStateException(
                            "with the processor " + withClasses + " classes, with -proc:none " + classes);
                }
                log.printf(
                        Locale.ROOT,
                        "compile run %d of %d: with the processor %.0f ms (processing %.0f ms), -proc:none %.0f ms,"
                                + " %d classes%n",
                        run,
                        runs,
                        a[0],
                        a[1],
                        b[0],
                        classes);
            }
            long generatedCount;
            try (Stream<Path> files = Files.walk(work.resolve("generated-kept"))) {
                generatedCount =
                        files.filter(f -> f.toString().endsWith(".java")).count();
            }
            return new Result(with, processing, without, classes, generatedCount);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path options(Path work, String name, List<String> common, List<String> own) throws IOException {
        List<String> lines = new ArrayList<>(common);
        lines.addAll(own);
        lines.add("-d");
        lines.add(work.resolve(name).toString());
        return Files.write(work.resolve(name + "-options.txt"), lines);
    }

    /** Lists the {@code .java} files under {@code roots}, sorted, in {@code file}. */
    private static Path sources(Path file, List<Path> roots) throws IOException {
        List<String> sources = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .map(Path::toString)
                        .sorted()
                        .forEach(sources::add);
            }
        }
        return Files.write(file, sources);
    }

    /** Runs javac in a fresh JVM into an emptied {@code output}; returns its time and its processing phase's (ms). */
    private static double[] javac(Path options, Path sources, Path output) throws IOException {
        empty(output);
        String out = ChildJvm.output(List.of(), CompileRun.class, List.of(options.toString(), sources.toString()));
        String line = out.lines()
                .filter(l -> l.startsWith(CompileRun.PREFIX))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("javac printed no time:\n" + out));
        String[] words = line.substring(CompileRun.PREFIX.length()).split(" ");
        return new double[] {Long.parseLong(words[0]) / 1e6, Long.parseLong(words[3]) / 1e6};
    }

    private static long classes(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(f -> f.toString().endsWith(".class")).count();
        }
    }

    private static void empty(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(directory);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(f, target);
                }
            }
        }
    }
}
