package dev.corekit.bench;

import dev.corekit.runtime.CoreClient;
import java.net.URI;
import java.util.function.UnaryOperator;

/** Opens connections of one set-up and logs them in; thread-safe. */
interface Connector {
    /**
     * The client of {@code connection}, logged in: the set-up's authorize URI goes to {@code browser}, which signs in
     * and answers the redirect back to the app, and the set-up completes the login with it.
     */
    CoreClient logIn(String connection, UnaryOperator<URI> browser);
}
