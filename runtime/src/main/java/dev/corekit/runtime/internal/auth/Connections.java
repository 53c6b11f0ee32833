package dev.corekit.runtime.internal.auth;

import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.internal.token.TokenManager;

/** The connections of an app, as its authorization flow sees them. */
public interface Connections {
    /**
     * Checks that the app is open and that {@code connection} is a valid name; builds nothing.
     *
     * @return the name
     * @throws CoreConfigurationException when the name is not valid
     * @throws dev.corekit.runtime.error.CoreException when the app is closed
     */
    String check(String connection);

    /**
     * Checks that the app is open.
     *
     * @throws dev.corekit.runtime.error.CoreException when the app is closed
     */
    void checkOpen();

    /** The token manager of {@code connection}, a name {@link #check} accepted, built if the app holds none. */
    TokenManager tokens(String connection);
}
