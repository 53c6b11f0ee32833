package dev.corekit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.client.Activity;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs each benchmark of {@link CallBench} through its set-up and tear-down; never looks at times. */
class CallBenchSmokeTest {

    @Test
    void everyClientReadsTheSameActivitiesOverOneConnectionWithoutResending() throws Exception {
        CallBench bench = new CallBench();
        bench.server = "inline";
        bench.setUp();
        Activity one;
        try {
            one = bench.corekitGet();
            assertThat(one.id()).isEqualTo(ActivityRoutes.ID);
            assertThat(one.className()).isEqualTo("Design services");
            assertThat(bench.corekitList100()).hasSize(100);
            assertThat(bench.corekitList1000()).hasSize(1000);
            assertThat(bench.corekitGet()).isEqualTo(one);
        } finally {
            // Checks that corekit kept one connection for its four calls and the server answered four requests.
            bench.tearDown();
        }

        for (String floor : new String[] {"okHttp", "jdk"}) {
            bench.setUp();
            try {
                boolean ok = floor.equals("okHttp");
                assertThat(ok ? bench.okHttpGet() : bench.jdkGet()).isEqualTo(one);
                assertThat(ok ? bench.okHttpList100() : bench.jdkList100()).hasSize(100);
                assertThat(ok ? bench.okHttpList1000() : bench.jdkList1000())
                        .hasSize(1000)
                        .first()
                        .extracting(Activity::name)
                        .isEqualTo("Architectural design review 0");
                if (ok) {
                    assertThat(bench.okHttpStreamList100()).hasSize(100);
                    assertThat(bench.okHttpStreamList1000()).containsExactlyElementsOf(bench.okHttpList1000());
                }
            } finally {
                bench.tearDown();
            }
        }
    }

    @Test
    void aSecondConnectionFailsTheTrial() throws Exception {
        CallBench bench = new CallBench();
        bench.server = "inline";
        bench.setUp();
        bench.okHttpGet();
        bench.okHttp.connectionPool().evictAll();
        bench.okHttpGet();

        assertThatThrownBy(bench::tearDown)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the server accepted 2 TCP connections and answered 2 requests for 2 calls; expected 1"
                        + " connection, a request a call");
    }

    @Test
    void jmhRunsEveryBenchmarkOnceAgainstTheServerInItsOwnJvm() throws Exception {
        Options options = new OptionsBuilder()
                .include(CallBench.class.getName() + "\\.")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .addProfiler(GCProfiler.class)
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
                        "okHttpStreamList100",
                        "okHttpStreamList1000",
                        "jdkGet",
                        "jdkList100",
                        "jdkList1000");
        assertThat(results)
                .allSatisfy(r -> assertThat(r.getParams().getParam("server")).isEqualTo("process"));
    }
}
