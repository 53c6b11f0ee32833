package dev.corekit.bench;

import dev.corekit.client.ActivityApi;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Many threads on one connection across token expiries: {@code threads} threads call {@code ActivityApi.get(id)} on
 * one corekit client whose access token lives {@code lifetime} and is refreshed {@code skew} before it expires, against
 * an API server ({@link ActivityRoutes}) and an identity server ({@link TokenRoutes}, rotating refresh tokens), both
 * {@link LoopbackHttpServer}s in this JVM; and the same with tokens that never expire in the run. The identity
 * server counts the refreshes, the store ({@link ExpiryLedger}) the access tokens whose refresh point passed before the
 * last call started (each needs one refresh), and each server the TCP connections it accepted.
 */
final class Expiries {
    /** A token's lifetime in the timed runs: its refresh point comes every {@code lifetime - skew}. */
    static final Duration LIFETIME = Duration.ofSeconds(2);

    static final Duration SKEW = Duration.ofMillis(1500);
    static final Duration NEVER = Duration.ofDays(365);

    /** Decides after each call (numbered from 1 across threads) whether the threads go on; may move the clock. */
    interface Pacer {
        boolean goOn(long call);
    }

    /**
     * One run's counts.
     *
     * @param calls calls that returned the activity
     * @param failures calls that threw
     * @param seconds the run's wall-clock time
     * @param refreshes refresh grants the identity server answered with new tokens
     * @param refused refresh grants it refused
     * @param expiries access tokens whose refresh point passed before the last call started
     * @param apiConnections TCP connections the API server accepted
     * @param identityConnections TCP connections the identity server accepted
     */
    record Run(
            long calls,
            long failures,
            double seconds,
            long refreshes,
            long refused,
            long expiries,
            long apiConnections,
            long identityConnections) {
        double callsPerSecond() {
            return calls / seconds;
        }

        /** One refresh an expiry, none refused, no call failed, and the pool held at most a connection a thread. */
        boolean correct(int threads) {
            return refreshes == expiries && refused == 0 && failures == 0 && apiConnections <= threads;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,.0f calls/s, %,d calls, %d failed, %d refreshes (%d refused) for %d expiries, %d API and %d"
                            + " identity TCP connections",
                    callsPerSecond(),
                    calls,
                    failures,
                    refreshes,
                    refused,
                    expiries,
                    apiConnections,
                    identityConnections);
        }
    }

    /**
     * Every round's runs.
     *
     * @param threads the calling threads
     * @param expiring the runs whose tokens expired
     * @param never the runs whose tokens did not
     */
    record Result(int threads, List<Run> expiring, List<Run> never) {
        Figure figure() {
            double expiringRate =
                    Medians.of(expiring.stream().map(Run::callsPerSecond).toList());
            double neverRate =
                    Medians.of(never.stream().map(Run::callsPerSecond).toList());
            double ratio = expiringRate / neverRate;
            boolean correct = expiring.stream().allMatch(r -> r.correct(threads))
                    && never.stream().allMatch(r -> r.correct(threads));
            return new Figure(
                    threads + " threads, one connection across token expiries: throughput (median), expiring / never",
                    describe(expiring, expiringRate),
                    describe(never, neverRate),
                    ratio,
                    "≥ 0.97x, refreshes = expiries, ≤ " + threads + " connections",
                    ratio >= 0.97 && correct);
        }

        private static String describe(List<Run> runs, double rate) {
            return String.format(
                    Locale.ROOT,
                    "%s; %d refreshes for %d expiries; up to %d TCP connections",
                    Figure.format(rate, "calls/s"),
                    runs.stream().mapToLong(Run::refreshes).sum(),
                    runs.stream().mapToLong(Run::expiries).sum(),
                    runs.stream().mapToLong(Run::apiConnections).max().orElse(0));
        }
    }

    private Expiries() {}

    /** A warm-up, then {@code rounds} rounds of never-expiring and expiring tokens in turns, {@code seconds} each. */
    static Result run(int threads, int seconds, int rounds, PrintStream log) {
        run(threads, NEVER, SKEW, Clock.systemUTC(), deadline(Math.min(3, seconds)));
        List<Run> expiring = new ArrayList<>();
        List<Run> never = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            never.add(run(threads, NEVER, SKEW, Clock.systemUTC(), deadline(seconds)));
            expiring.add(run(threads, LIFETIME, SKEW, Clock.systemUTC(), deadline(seconds)));
            log.printf(
                    Locale.ROOT,
                    "expiries round %d of %d: never expiring %s; expiring %s%n",
                    round,
                    rounds,
                    never.get(round - 1),
                    expiring.get(round - 1));
        }
        return new Result(threads, expiring, never);
    }

    private static Pacer deadline(int seconds) {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        return call -> System.nanoTime() < end;
    }

    /**
     * One run: {@code threads} threads call until {@code pacer} says stop, on a client whose tokens live {@code
     * lifetime} on {@code clock}.
     */
    static Run run(int threads, Duration lifetime, Duration skew, Clock clock, Pacer pacer) {
        AtomicReference<Instant> lastCall = new AtomicReference<>(clock.instant());
        TokenRoutes tokens = new TokenRoutes(lifetime);
        try (LoopbackHttpServer api = new LoopbackHttpServer(new ActivityRoutes());
                LoopbackHttpServer identity = new LoopbackHttpServer(tokens)) {
            ExpiryLedger store = new ExpiryLedger();
            Instant now = clock.instant();
            store.save(
                    BenchClients.CONNECTION,
                    BenchClients.tokens(
                            BenchClients.ACCESS_TOKEN, BenchClients.REFRESH_TOKEN, now, now.plus(lifetime)));
            ActivityApi client = BenchClients.builder(api.baseUrl() + "/api", store)
                    .identityServer(identity.baseUrl() + "/idp")
                    .clock(clock)
                    .refreshSkew(skew)
                    .build()
                    .api(ActivityApi.class);
            AtomicLong calls = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    boolean goOn = true;
                    while (goOn) {
                        Instant started = clock.instant();
                        lastCall.accumulateAndGet(started, (a, b) -> a.isAfter(b) ? a : b);
                        try {
                            client.get(ActivityRoutes.ID);
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                        }
                        goOn = pacer.goOn(calls.incrementAndGet());
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            return new Run(
                    calls.get() - failures.get(),
                    failures.get(),
                    seconds,
                    tokens.refreshes(),
                    tokens.refused(),
                    store.expiredBy(lastCall.get(), skew),
                    api.accepted(),
                    identity.accepted());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the threads called", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a calling thread failed", e.getCause());
        }
    }
}
