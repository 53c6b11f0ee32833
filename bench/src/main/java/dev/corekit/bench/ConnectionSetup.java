package dev.corekit.bench;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The ways of holding many connections that {@link ConnectionsBench} compares, each in a JVM of its own. */
enum ConnectionSetup {
    /** One {@code CoreClient.builder()...build()} per connection: its own HTTP clients, pool and threads. */
    SEPARATE_CLIENTS("a", "separate CoreClients") {
        @Override
        Connector connector(String identityUrl) {
            return new SeparateClients(identityUrl);
        }
    },
    /** One {@code CoreApp}, configured once, and {@code app.connection(name)} per connection: one shared stack. */
    ONE_APP("b", "one CoreApp") {
        @Override
        Connector connector(String identityUrl) {
            return new OneApp(identityUrl);
        }
    };

    private final String key;
    private final String title;

    ConnectionSetup(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The short name on the command line and in the table: {@code a}, {@code b}. */
    String key() {
        return key;
    }

    /** What the set-up is, for the table's header. */
    String title() {
        return title;
    }

    /** A new way of opening connections against the sandbox whose identity server is at {@code identityUrl}. */
    abstract Connector connector(String identityUrl);

    static ConnectionSetup byKey(String key) {
        return Arrays.stream(values())
                .filter(s -> s.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown set-up '" + key + "'; known: "
                        + Arrays.stream(values()).map(ConnectionSetup::key).collect(Collectors.joining(", "))));
    }
}
