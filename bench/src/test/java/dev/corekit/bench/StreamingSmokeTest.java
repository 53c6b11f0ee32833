package dev.corekit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Streams a short list in child JVMs with the small heap; checks records, requests and connections, never times. */
class StreamingSmokeTest {
    @Test
    void corekitAndTheFloorReadEveryRecordPageByPageOverOneConnection() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        Streaming.Result result = Streaming.run(2_500, 1, new PrintStream(log, true, StandardCharsets.UTF_8));

        // Two full pages of 1000, then a short one of 500 ends the walk.
        for (Streaming.Run run :
                java.util.List.of(result.corekit().get(0), result.floor().get(0))) {
            assertThat(run.records()).isEqualTo(2_500);
            assertThat(run.requests()).isEqualTo(3);
            assertThat(run.connections()).isEqualTo(1);
        }
        assertThat(result.correct(result.corekit())).isTrue();
        assertThat(result.figure().name()).isEqualTo("2,500 records streamed, pages of 1000, -Xmx64m (median)");
        assertThat(result.figure().corekit()).endsWith(" ms, every record, 1 TCP connection");
        assertThat(log.toString(StandardCharsets.UTF_8)).startsWith("streaming round 1 of 1: corekit Run[records=2500");
    }

    @Test
    void aRunThatMissedRecordsOrReconnectedIsNotCorrect() {
        Streaming.Run ok = new Streaming.Run(2_000, 5, 1, 3);
        Streaming.Result result = new Streaming.Result(2_000, java.util.List.of(ok), java.util.List.of(ok));

        assertThat(result.correct(java.util.List.of(ok))).isTrue();
        assertThat(result.correct(java.util.List.of(new Streaming.Run(1_000, 5, 1, 2))))
                .isFalse();
        assertThat(result.correct(java.util.List.of(new Streaming.Run(2_000, 5, 2, 3))))
                .isFalse();
        assertThat(result.correct(java.util.List.of(new Streaming.Run(2_000, 5, 1, 4))))
                .isFalse();
    }
}
