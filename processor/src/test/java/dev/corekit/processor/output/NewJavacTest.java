package dev.corekit.processor.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under the newest javac on the machine (JDK 25 by default; {@code -Dcorekit.newJavac=...} picks
 * another), which runs processors only from the processor path.
 */
class NewJavacTest {
    private static final Path JAVAC =
            Path.of(System.getProperty("corekit.newJavac", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac"));

    private static String classpath;
    private static String processorPath;

    @TempDir
    Path dir;

    @BeforeAll
    static void paths() {
        Assumptions.assumeTrue(Files.isExecutable(JAVAC), "no javac at " + JAVAC);
        List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        classpath = String.join(File.pathSeparator, entries);
        processorPath = entries.stream()
                .filter(e -> e.replace('\\', '/').endsWith("processor/target/classes") || e.contains("javapoet"))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(processorPath).contains("javapoet").contains("classes");
    }

    @Test
    void generatesAndCompilesFromTheProcessorPath() throws Exception {
        Path source = writeTaskResource();

        Result result = javac(source);

        assertThat(result.exit).as(result.output).isZero();
        assertThat(dir.resolve("gen/com/acme/core/Task.java")).exists();
        assertThat(dir.resolve("gen/com/acme/core/TaskApi.java")).exists();
        assertThat(dir.resolve("out/com/acme/core/TaskApi.class")).exists();
        assertThat(dir.resolve("out/com/acme/core/Task$Builder.class")).exists();
    }

    @Test
    void compilesWithoutWarningsUnderLintAndWerror() throws Exception {
        Path resource = writeTaskResource();
        Path test = write(
                "com/acme/core/TaskTest.java",
                String.join(
                        "\n",
                        "package com.acme.core;",
                        "public class TaskTest {",
                        "    @Deprecated void old() {}",
                        "}"));

        Result withDeclarations =
                javac(List.of("-Xlint:deprecation", "-Werror", "-Acorekit.facade=com.acme.core.Core"), resource);
        Result withoutDeclarations = javac(List.of("-Werror", "-Acorekit.facade=com.acme.core.Core"), test);

        assertThat(withDeclarations.exit).as(withDeclarations.output).isZero();
        assertThat(withDeclarations.output).doesNotContain("warning");
        assertThat(dir.resolve("out/com/acme/core/Core.class")).exists();
        assertThat(withoutDeclarations.exit).as(withoutDeclarations.output).isZero();
        assertThat(withoutDeclarations.output).doesNotContain("warning");
    }

    @Test
    void reportsBadDeclarationsOnTheirLine() throws Exception {
        Path source = write(
                "com/acme/core/TaskResource.java",
                String.join(
                        "\n",
                        "package com.acme.core;",
                        "import dev.corekit.annotation.CoreResource;",
                        "@CoreResource(path = \"task\")",
                        "public interface TaskResource {",
                        "    java.io.File attachment();",
                        "}"));

        Result result = javac(source);

        assertThat(result.exit).isNotZero();
        assertThat(result.output)
                .contains("TaskResource.java:5: error: [CK122] attachment() has type java.io.File")
                .doesNotContain("CK199")
                .doesNotContain("Exception");
    }

    private Path writeTaskResource() throws IOException {
        return write(
                "com/acme/core/TaskResource.java",
                String.join(
                        "\n",
                        "package com.acme.core;",
                        "import dev.corekit.annotation.CoreEntity;",
                        "import dev.corekit.annotation.CoreResource;",
                        "@CoreResource(path = \"task\")",
                        "public interface TaskResource extends CoreEntity {",
                        "    String title();",
                        "}"));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve("src").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text + "\n");
        return file;
    }

    private Result javac(Path source) throws Exception {
        return javac(List.of(), source);
    }

    private Result javac(List<String> options, Path source) throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(dir.resolve("gen"));
        List<String> command = new ArrayList<>(options);
        command.addAll(List.of(
                "--release",
                "17",
                "-processorpath",
                processorPath,
                "-cp",
                classpath,
                "-d",
                dir.resolve("out").toString(),
                "-s",
                dir.resolve("gen").toString(),
                source.toString()));
        command.add(0, JAVAC.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exit, String output) {}
}
