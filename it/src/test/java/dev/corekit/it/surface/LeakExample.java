package dev.corekit.it.surface;

import dev.corekit.runtime.internal.token.TokenManager;
import java.util.Optional;

/** A public type whose public method mentions an internal type: what {@link RuntimeSurfaceTest} must catch. */
public final class LeakExample {
    private LeakExample() {}

    /** Mentions {@link TokenManager} in a type argument. */
    public Optional<TokenManager> manager() {
        return Optional.empty();
    }
}
