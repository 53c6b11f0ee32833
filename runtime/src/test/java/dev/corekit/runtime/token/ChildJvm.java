package dev.corekit.runtime.token;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs a test class's {@code main} in a JVM of its own, on a copy of this JVM's test class path. */
public final class ChildJvm {
    private ChildJvm() {}

    /**
     * The test class path, with its directories copied under {@code temp}: other builds sharing this working tree may
     * recompile {@code target/classes} while a child starts, and a class missing for a moment would fail the test for
     * nothing. Copies again until every class of {@code needed} is there.
     */
    public static String snapshotClassPath(Path temp, Class<?>... needed) throws Exception {
        for (int attempt = 1; ; attempt++) {
            Path root = temp.resolve("classpath-" + attempt);
            List<String> entries = new ArrayList<>();
            int index = 0;
            try {
                for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                    Path path = Path.of(entry.isEmpty() ? "." : entry);
                    if (!Files.isDirectory(path)) {
                        entries.add(entry);
                        continue;
                    }
                    Path copy = root.resolve(Integer.toString(index++));
                    try (Stream<Path> tree = Files.walk(path)) {
                        for (Path source : tree.collect(Collectors.toList())) {
                            Path target = copy.resolve(path.relativize(source).toString());
                            if (Files.isDirectory(source)) {
                                Files.createDirectories(target);
                            } else {
                                Files.copy(source, target);
                            }
                        }
                    }
                    entries.add(copy.toString());
                }
                if (Stream.of(needed).allMatch(type -> holds(entries, type))) {
                    return String.join(File.pathSeparator, entries);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // A file vanished while copying: a build is under way; try again.
            }
            if (attempt == 20) {
                throw new AssertionError("could not copy a complete test class path");
            }
            Thread.sleep(500);
        }
    }

    private static boolean holds(List<String> entries, Class<?> type) {
        String name = type.getName().replace('.', '/') + ".class";
        return entries.stream().anyMatch(e -> Files.isRegularFile(Path.of(e).resolve(name)));
    }

    /** A process builder running {@code main} with {@code args} on {@code classPath}. */
    static ProcessBuilder command(String classPath, Class<?> main, String... args) {
        return command(List.of(), classPath, main, args);
    }

    /** A process builder running {@code main} with {@code args} on {@code classPath}, in a JVM with {@code options}. */
    public static ProcessBuilder command(List<String> options, String classPath, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
