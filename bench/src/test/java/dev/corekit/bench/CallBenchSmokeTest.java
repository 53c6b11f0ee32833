package dev.corekit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.client.Activity;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs each benchmark of {@link CallBench} once through its set-up and tear-down; never looks at times. */
class CallBenchSmokeTest {

    @Test
    void everyClientReadsTheSameActivitiesFromTheServer() throws Exception {
        CallBench bench = new CallBench();
        bench.setUp();
        try {
            Activity one = bench.corekitGet();
            assertThat(one.id()).isEqualTo(ActivityServer.ID);
            assertThat(one.className()).isEqualTo("Design services");
            assertThat(bench.okHttpGet()).isEqualTo(one);
            assertThat(bench.jdkGet()).isEqualTo(one);

            assertThat(bench.corekitList100()).hasSize(100);
            assertThat(bench.okHttpList100()).isEqualTo(bench.corekitList100());
            assertThat(bench.jdkList100()).isEqualTo(bench.corekitList100());

            assertThat(bench.corekitList1000()).hasSize(1000);
            assertThat(bench.okHttpList1000()).isEqualTo(bench.corekitList1000());
            assertThat(bench.jdkList1000()).isEqualTo(bench.corekitList1000());
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void jmhRunsEveryBenchmarkOnce() throws Exception {
        Options options = new OptionsBuilder()
                .include(CallBench.class.getName() + "\\.")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .shouldFailOnError(true)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results)
                .extracting(r -> r.getParams().getBenchmark().replace(CallBench.class.getName() + ".", ""))
                .containsExactlyInAnyOrder(
                        "corekitGet",
                        "corekitList100",
                        "corekitList1000",
                        "okHttpGet",
                        "okHttpList100",
                        "okHttpList1000",
                        "jdkGet",
                        "jdkList100",
                        "jdkList1000");
    }
}
