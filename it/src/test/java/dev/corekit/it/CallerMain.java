package dev.corekit.it;

import dev.corekit.client.ActivityApi;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.sandbox.SandboxClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One instance of an application in its own JVM: a client per connection over a token store that other JVMs share,
 * calling CORE in the bursts the test orders on stdin ({@link Burst.Order}) at the instant the order names, and
 * answering each with its counts on stdout ({@link Burst.Counts}). Failures are described on stderr.
 *
 * <p>Arguments: the identity server, the store ({@link SharedStores#open}: a kind and where), and the connections,
 * comma-separated.
 */
public final class CallerMain {
    private static final int FAILURES_DESCRIBED = 5;
    private static final AtomicInteger DESCRIBED = new AtomicInteger();

    private CallerMain() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TokenStore store = SharedStores.open(args[1], args[2]);
        // Stands still but where the orders move it: the instant of each burst is the test's decision.
        SandboxClock clock = new SandboxClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        List<ActivityApi> apis = new ArrayList<>();
        for (String connection : args[3].split(",")) {
            apis.add(Clients.connection(args[0], store, connection, clock).api(ActivityApi.class));
        }
        out.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            Burst.Order order = Burst.Order.parse(line);
            clock.advance(Duration.between(clock.instant(), order.now()));
            out.println(run(order, apis).line());
        }
        // The HTTP clients keep pool threads; this JVM's work is over.
        System.exit(0);
    }

    /** Every thread starts at once, so that they reach the expired token together. */
    private static Burst.Counts run(Burst.Order order, List<ActivityApi> apis) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(order.threads());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Burst.Counts>> results = new ArrayList<>();
            for (int t = 0; t < order.threads(); t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    start.await();
                    Burst.Counts counts = Burst.Counts.NONE;
                    for (int call = 0; call < order.callsPerThread(); call++) {
                        ActivityApi api = apis.get((thread + call) % apis.size());
                        counts = counts.plus(call(api));
                    }
                    return counts;
                }));
            }
            start.countDown();
            Burst.Counts total = Burst.Counts.NONE;
            for (Future<Burst.Counts> result : results) {
                total = total.plus(result.get());
            }
            return total;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Burst.Counts call(ActivityApi api) {
        try {
            api.list(CoreQuery.all());
            return new Burst.Counts(1, 0, 0);
        } catch (RuntimeException e) {
            if (DESCRIBED.incrementAndGet() <= FAILURES_DESCRIBED) {
                System.err.println("call failed: " + e);
            }
            return new Burst.Counts(0, 1, e instanceof ReauthorizationRequiredException ? 1 : 0);
        }
    }
}
