package dev.corekit.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.CoreSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JDK's HttpServer sends headers and body as two segments and, with Nagle's algorithm on, the body then waits for
 * the client's delayed ACK (~40 ms a call). The sandbox turns Nagle off unless the user decided; checked in fresh JVMs,
 * since the JDK reads the setting once.
 */
class NoDelayTest {

    /** Prints the setting after starting a sandbox; run in a JVM of its own. */
    public static void main(String[] args) {
        try (CoreSandbox sandbox = CoreSandbox.start()) {
            System.out.println("nodelay=" + System.getProperty("sun.net.httpserver.nodelay"));
        }
    }

    private static String run(String... jvmOptions) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.util.List.of(jvmOptions));
        command.addAll(java.util.List.of("-cp", System.getProperty("java.class.path"), NoDelayTest.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @Test
    void theSandboxTurnsNagleOff() throws Exception {
        assertThat(run()).contains("nodelay=true");
    }

    @Test
    void anExplicitSettingOfTheUserWins() throws Exception {
        assertThat(run("-Dsun.net.httpserver.nodelay=false")).contains("nodelay=false");
    }
}
