package dev.corekit.runtime.metrics;

import dev.corekit.runtime.error.CoreApiException;
import dev.corekit.runtime.error.CoreNotAuthenticatedException;
import dev.corekit.runtime.error.CoreTransportException;
import org.jspecify.annotations.Nullable;

/** How an API call ended, in a few kinds that alerts can watch. */
public enum CallOutcome {
    /** The call returned a value (or, for a {@code void} method, nothing). */
    SUCCESS("success"),
    /**
     * CORE answered {@code 4xx}: a {@code CoreBadRequestException}, {@code CoreNotFoundException},
     * {@code CoreConflictException}, {@code CoreRateLimitException}, ..., and a {@link CoreNotAuthenticatedException}
     * (also when CORE said so with {@code 200 "Not authenticated"}).
     */
    CLIENT_ERROR("client_error"),
    /** CORE answered {@code 5xx}: a {@code CoreServerException}. */
    SERVER_ERROR("server_error"),
    /** No complete answer: the connection failed, timed out or broke off ({@link CoreTransportException}). */
    TRANSPORT_ERROR("transport_error"),
    /**
     * Anything else: the call was refused before it was sent (a connection that needs a new login, an API base that is
     * not allowed), an answer corekit cannot read, or a failure of the app's own code in a hook.
     */
    ERROR("error");

    private final String tagValue;

    CallOutcome(String tagValue) {
        this.tagValue = tagValue;
    }

    /**
     * The outcome's tag value: its name in lower case.
     *
     * @return e.g. {@code client_error}
     */
    public String tagValue() {
        return tagValue;
    }

    /**
     * The outcome of a call that threw {@code failure}, or {@link #SUCCESS} when it is {@code null}.
     *
     * @param failure what the call threw, or {@code null}
     * @return its kind
     */
    public static CallOutcome of(@Nullable Throwable failure) {
        if (failure == null) {
            return SUCCESS;
        }
        if (failure instanceof CoreNotAuthenticatedException) {
            return CLIENT_ERROR;
        }
        if (failure instanceof CoreApiException api) {
            int status = api.status();
            return status >= 500 ? SERVER_ERROR : status >= 400 ? CLIENT_ERROR : ERROR;
        }
        return failure instanceof CoreTransportException ? TRANSPORT_ERROR : ERROR;
    }
}
