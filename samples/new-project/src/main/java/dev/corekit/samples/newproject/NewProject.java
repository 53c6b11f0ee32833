package dev.corekit.samples.newproject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a new user project: the sources of a template folder, and the {@code pom.xml} exactly as the README shows
 * it. The build then runs Maven on it, against this checkout's artifacts only.
 *
 * <p>Arguments: the README, the template folder, the project folder to write (emptied first).
 */
public final class NewProject {
    private NewProject() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: NewProject README.md TEMPLATE-DIR PROJECT-DIR");
        }
        Path readme = Path.of(args[0]);
        ReadmePom pom = ReadmePom.in(Files.readString(readme, StandardCharsets.UTF_8));
        Path project = write(pom, Path.of(args[1]), Path.of(args[2]));
        System.out.println("new project " + project + ": pom.xml from " + readme + ":" + pom.firstLine());
    }

    /** Empties {@code project}, copies {@code template} into it and writes {@code pom}; returns {@code project}. */
    static Path write(ReadmePom pom, Path template, Path project) throws IOException {
        if (!Files.isDirectory(template)) {
            throw new IllegalStateException("the template folder " + template + " does not exist");
        }
        delete(project);
        try (Stream<Path> files = Files.walk(template)) {
            for (Path file : files.toList()) {
                Path copy = project.resolve(template.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Files.writeString(project.resolve("pom.xml"), pom.text(), StandardCharsets.UTF_8);
        return project;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : deepestFirst) {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot empty " + folder, e);
                }
            }
        }
    }
}
