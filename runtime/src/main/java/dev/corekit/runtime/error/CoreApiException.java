package dev.corekit.runtime.error;

import org.jspecify.annotations.Nullable;

/**
 * CORE answered a call with an error status. Carries the status, the method and path of the call, and at most a
 * short, redacted excerpt of the body; never the query string, headers or the whole body. What the message quotes of
 * the body is masked like {@link #bodyExcerpt()}, and kept to one line.
 */
public class CoreApiException extends CoreException {
    private static final long serialVersionUID = 1L;

    /** The status. */
    private final int status;
    /** The method. */
    private final String method;
    /** The path. */
    private final String path;
    /** The body excerpt. */
    private final String bodyExcerpt;

    /**
     * Creates the exception.
     *
     * @param status the HTTP status
     * @param method the call's HTTP method
     * @param path the call's path, without the query string
     * @param bodyExcerpt a short, redacted excerpt of the body, or {@code null}
     * @param detail what was wrong, or {@code null}
     */
    public CoreApiException(int status, String method, String path, String bodyExcerpt, @Nullable String detail) {
        this(status, method, path, bodyExcerpt, detail, null);
    }

    /**
     * An answer of CORE's that failed because of {@code cause}.
     *
     * @param status the HTTP status of the answer
     * @param method the call's HTTP method
     * @param path the call's path, without the query string
     * @param bodyExcerpt a short, redacted excerpt of the body, or {@code null}
     * @param detail what was wrong, or {@code null}
     * @param cause why the answer could not be used, or {@code null}
     */
    protected CoreApiException(
            int status, String method, String path, String bodyExcerpt, String detail, Throwable cause) {
        super(describe(status, method, path, detail, bodyExcerpt), cause);
        this.status = status;
        this.method = method;
        this.path = path;
        this.bodyExcerpt = bodyExcerpt;
    }

    private static String describe(int status, String method, String path, @Nullable String detail, String excerpt) {
        StringBuilder text = new StringBuilder("CORE answered ")
                .append(status)
                .append(" to ")
                .append(method)
                .append(' ')
                .append(path);
        if (detail != null && !detail.isEmpty()) {
            text.append(": ").append(detail);
        } else if (excerpt != null && !excerpt.isEmpty()) {
            text.append(": ").append(excerpt);
        }
        return text.toString();
    }

    /** {@return the HTTP status} */
    public int status() {
        return status;
    }

    /** {@return the HTTP method of the call} */
    public String method() {
        return method;
    }

    /** {@return the path of the call, without query string} */
    public String path() {
        return path;
    }

    /**
     * {@return the start of the response body (at most 200 characters, on one line); empty when there was none} Masked
     * as {@code ***}: the access token the call sent, wherever the body echoes it; whatever looks like a credential
     * (bearer and basic credentials, JWTs, token, secret, code and verifier fields); and the values of the
     * {@code @Redacted} fields of the DTOs the call reads or sends, nested ones included. Other values are shown as
     * CORE sent them.
     */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
