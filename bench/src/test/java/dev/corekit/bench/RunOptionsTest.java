package dev.corekit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunOptionsTest {
    @Test
    void defaultsRunEveryHarnessButConnections() {
        RunOptions options = RunOptions.parse("--run=");

        assertThat(options.run()).containsExactly("calls", "cold", "stream", "expiries", "compile");
        assertThat(options.coldRounds()).isEqualTo(10);
        assertThat(options.streamRecords()).isEqualTo(200_000);
        assertThat(options.expiryThreads()).isEqualTo(64);
        assertThat(options.expirySeconds()).isEqualTo(20);
        assertThat(options.reportDirectory()).isEqualTo(Path.of("target", "bench"));
        assertThat(options.connectionArgs()).isEmpty();
    }

    @Test
    void readsItsOptionsAndPassesTheRestToConnectionsBench() {
        RunOptions options = RunOptions.parse(
                "--run=stream,connections",
                "--stream-records=2,500",
                "--compile-runs=3",
                "--connections=50",
                "--report=out");

        assertThat(options.run()).containsExactly("stream", "connections");
        assertThat(options.streamRecords()).isEqualTo(2_500);
        assertThat(options.compileRuns()).isEqualTo(3);
        assertThat(options.reportDirectory()).isEqualTo(Path.of("out"));
        assertThat(BenchOptions.parse(options.connectionArgs().toArray(String[]::new))
                        .connections())
                .isEqualTo(50);
    }

    @Test
    void namesWhatIsWrong() {
        assertThatThrownBy(() -> RunOptions.parse("--run=calls,warp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--run names 'warp'; known: calls,cold,stream,expiries,compile,connections");
        assertThatThrownBy(() -> RunOptions.parse("--cold-rounds=0"))
                .hasMessage("--cold-rounds must be 1 or more, was 0");
        assertThatThrownBy(() -> RunOptions.parse("--expiry-threads=many"))
                .hasMessage("--expiry-threads must be a whole number, was 'many'");
    }
}
