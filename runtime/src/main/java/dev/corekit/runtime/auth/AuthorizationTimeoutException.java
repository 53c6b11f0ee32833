package dev.corekit.runtime.auth;

import dev.corekit.runtime.error.CoreException;
import java.time.Duration;

/** No authorization callback arrived in time: the user did not finish, or closed the browser. */
public class AuthorizationTimeoutException extends CoreException {
    private static final long serialVersionUID = 1L;

    /** The timeout. */
    private final Duration timeout;

    /**
     * An exception for a wait of {@code timeout}.
     *
     * @param timeout how long to wait
     */
    public AuthorizationTimeoutException(Duration timeout) {
        super("no authorization callback arrived within " + timeout);
        this.timeout = timeout;
    }

    /** {@return how long was waited} */
    public Duration timeout() {
        return timeout;
    }
}
