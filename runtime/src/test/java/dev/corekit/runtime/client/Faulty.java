package dev.corekit.runtime.client;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.token.MutableClock;
import dev.corekit.runtime.token.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;

/** A client of a {@link RawServer}'s {@code /api/one}, on a test clock whose sleeper waits no real time. */
final class Faulty {
    /** For a server that never answers: the timeout is what ends each attempt. */
    static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);

    /** Long enough for a server thread slow to answer on a loaded machine: only a silent server reaches it. */
    private static final Duration GENEROUS_READ_TIMEOUT = Duration.ofSeconds(30);

    final MutableClock clock = new MutableClock(Instant.now());
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final RawServer server;
    private final Duration readTimeout;

    Faulty(RawServer server) {
        this(server, GENEROUS_READ_TIMEOUT);
    }

    Faulty(RawServer server, Duration readTimeout) {
        this.server = server;
        this.readTimeout = readTimeout;
    }

    /** A builder for {@code kind}, with this read timeout and the test clock and sleeper. */
    CoreClient.Builder builder(ClientKind kind) {
        return kind.apply(Fixtures.loopbackClient(server.url()))
                .readTimeout(readTimeout)
                .clock(clock)
                .sleeper(sleeper);
    }

    /** The API of a client built from {@code builder}, with tokens for {@code /api/one}. */
    ActivityApi api(CoreClient.Builder builder) {
        CoreClient client = builder.build();
        Fixtures.store(client, "live-token", "refresh", clock.instant(), server.url() + "/api/one");
        return client.api(ActivityApi.class);
    }

    ActivityApi api(ClientKind kind) {
        return api(builder(kind));
    }
}
