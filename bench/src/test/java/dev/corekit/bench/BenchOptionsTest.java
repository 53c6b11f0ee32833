package dev.corekit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {
    @Test
    void defaultsRunEverySetupWithTenThousandConnections() {
        BenchOptions options = BenchOptions.parse("--setups=");

        assertThat(options.connections()).isEqualTo(10_000);
        assertThat(options.setups()).containsExactly(ConnectionSetup.values());
        assertThat(options.workers()).isEqualTo(8);
        assertThat(options.childHeap()).isEqualTo("8g");
        assertThat(options.histogram()).isFalse();
        assertThat(options.reportDirectory()).isEqualTo(Path.of("target", "bench"));
    }

    @Test
    void readsEveryOption() {
        BenchOptions options = BenchOptions.parse(
                "--connections=1,000", "--setups=A", "--workers=2", "--child-heap=1g", "--histogram", "--report=out");

        assertThat(options.connections()).isEqualTo(1000);
        assertThat(options.setups()).containsExactly(ConnectionSetup.SEPARATE_CLIENTS);
        assertThat(options.workers()).isEqualTo(2);
        assertThat(options.childHeap()).isEqualTo("1g");
        assertThat(options.histogram()).isTrue();
        assertThat(options.reportDirectory()).isEqualTo(Path.of("out"));
    }

    @Test
    void namesWhatIsWrong() {
        assertThatThrownBy(() -> BenchOptions.parse("--conections=5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown option --conections; known: --connections=N");
        assertThatThrownBy(() -> BenchOptions.parse("--connections=many"))
                .hasMessage("--connections must be a whole number, was 'many'");
        assertThatThrownBy(() -> BenchOptions.parse("--connections=0"))
                .hasMessage("--connections must be 1 or more, was 0");
        assertThatThrownBy(() -> BenchOptions.parse("--setups=z"))
                .hasMessageStartingWith("unknown set-up 'z'; known: a");
    }
}
