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
 * Writes a new user project: the sources of a template folder, and the files the README shows for that project
 * ({@link ReadmeFiles}: its {@code pom.xml} and any other), exactly as the README shows them. The build then runs
 * Maven on it, against this checkout's artifacts only.
 *
 * <p>Arguments: the README, the template folder, the project folder to write (emptied first), and the project's name
 * in the README's markers ({@code new-project} for {@code <!-- new-project: pom.xml -->}).
 */
public final class NewProject {
    private NewProject() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: NewProject README.md TEMPLATE-DIR PROJECT-DIR PROJECT-NAME");
        }
        Path readme = Path.of(args[0]);
        ReadmeFiles files = ReadmeFiles.in(Files.readString(readme, StandardCharsets.UTF_8), args[3]);
        Path project = write(files, Path.of(args[1]), Path.of(args[2]));
        for (ReadmeFiles.File file : files.files()) {
            System.out.println(
                    "new project " + project + ": " + file.path() + " from " + readme + ":" + file.firstLine());
        }
    }

    /**
     * Empties {@code project}, copies {@code template} into it and writes the README's {@code files}; returns
     * {@code project}. A file both in the template and in the README is an error: the README's must be the one built.
     */
    static Path write(ReadmeFiles files, Path template, Path project) throws IOException {
        if (!Files.isDirectory(template)) {
            throw new IllegalStateException("the template folder " + template + " does not exist");
        }
        delete(project);
        try (Stream<Path> walk = Files.walk(template)) {
            for (Path file : walk.toList()) {
                Path copy = project.resolve(template.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        for (ReadmeFiles.File file : files.files()) {
            Path target = project.resolve(file.path());
            if (Files.exists(target)) {
                throw new IllegalStateException("the template folder " + template + " has " + file.path() + ", which"
                        + " the README gives (README.md:" + file.firstLine() + "); remove it from the template");
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.text(), StandardCharsets.UTF_8);
        }
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
