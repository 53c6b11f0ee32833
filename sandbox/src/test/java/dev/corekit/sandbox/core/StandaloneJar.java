package dev.corekit.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar ({@code sandbox.jar}, set by failsafe) running in its own JVM, on a free port. */
public final class StandaloneJar implements AutoCloseable {
    private final Process process;
    private final String baseUrl;
    private final List<String> banner;

    private StandaloneJar(Process process, String baseUrl, List<String> banner) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.banner = banner;
    }

    /** The jar as the build packaged it. */
    public static Path jar() {
        return Path.of(System.getProperty("sandbox.jar"));
    }

    /**
     * Starts {@code java [jvmOptions] -jar corekit-sandbox.jar --port 0 [args]} and waits for its banner.
     *
     * @param jvmOptions options before {@code -jar}, e.g. {@code -Xmx128m}
     */
    public static StandaloneJar start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--port", "0"));
        command.addAll(List.of(args));
        return run(command);
    }

    /**
     * Starts the jar as the named module {@code dev.corekit.sandbox}, its dependencies (in {@code lib}) as modules
     * beside it: {@code java --module-path corekit-sandbox.jar:lib -m dev.corekit.sandbox/dev.corekit.sandbox.Main
     * --port 0 [args]}. Nothing is on the class path.
     */
    public static StandaloneJar startAsModule(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(List.of(
                "--module-path",
                jar() + File.pathSeparator + jar().resolveSibling("lib"),
                "-m",
                "dev.corekit.sandbox/dev.corekit.sandbox.Main",
                "--port",
                "0"));
        command.addAll(List.of(args));
        return run(command);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static StandaloneJar run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The child gets no class path of this JVM's.
        builder.environment().remove("CLASSPATH");
        Process process = builder.start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> banner = new ArrayList<>();
        String base = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            banner.add(line);
            if (line.trim().startsWith("base URL")) {
                base = line.trim().substring("base URL".length()).trim();
            }
            if (line.startsWith("Stop with")) {
                break;
            }
        }
        assertThat(base).as(String.join("\n", banner)).startsWith("http://127.0.0.1:");
        return new StandaloneJar(process, base, banner);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
    }

    /** What the jar printed when it started. */
    public String banner() {
        return String.join("\n", banner);
    }

    /** Whether the JVM still runs (an {@code OutOfMemoryError} in a handler thread would not end it, but may). */
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
}
