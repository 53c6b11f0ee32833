package dev.corekit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the cold-start harness for one round through the bench command; checks what each JVM decoded, never times. */
class ColdStartSmokeTest {
    @TempDir
    Path report;

    @Test
    void everyProgramDecodesTheActivityInAFreshJvmAndTheTableHasTheirRatio() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        Path figures = Bench.run(
                RunOptions.parse("--run=cold", "--cold-rounds=1", "--report=" + report),
                new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(log.toString(StandardCharsets.UTF_8)).contains("cold start round 1 of 1: corekit ");
        for (ColdStart.Program program : ColdStart.Program.values()) {
            Path classes = report.resolve("cold-" + program.name().toLowerCase(java.util.Locale.ROOT) + "-classes.log");
            // The child's own classes were loaded, and it loaded its client's.
            assertThat(Files.readString(classes))
                    .contains(program.main.getName() + " source: ")
                    .contains("dev.corekit.client.Activity ");
        }
        assertThat(Files.readString(report.resolve("cold-corekit-classes.log")))
                .contains("dev.corekit.runtime.CoreClient ");
        assertThat(Files.readString(report.resolve("cold-okhttp-classes.log")))
                .doesNotContain("dev.corekit.runtime.CoreClient ")
                .contains("okhttp3.OkHttpClient ");
        assertThat(Files.readString(figures))
                .startsWith("# corekit bench: cold\n")
                .contains("- load average (`/proc/loadavg`) before: ")
                .contains("| figure | corekit | floor | ratio | goal | met? |")
                .containsPattern(
                        "\\| cold start to first decoded call \\(median\\) \\| [0-9,.]+ ms \\| [0-9,.]+ ms \\| ")
                .containsPattern("\\| classes loaded to first decoded call \\| [0-9,]+ \\| [0-9,]+ \\| ");
    }
}
