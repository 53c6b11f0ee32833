package dev.corekit.bench;

import dev.corekit.runtime.CoreClient;

/** Opens the client of one named connection, not yet logged in; thread-safe. */
interface Connector {
    CoreClient connect(String connection);
}
