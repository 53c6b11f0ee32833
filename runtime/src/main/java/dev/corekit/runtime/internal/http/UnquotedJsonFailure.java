package dev.corekit.runtime.internal.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Stands in for a Jackson failure as the cause of a corekit exception. Jackson's messages quote the values they could
 * not read (a token CORE echoed, a {@code @Redacted} field), and so do the causes they wrap; this keeps the failure's
 * type, its position in the body and its stack trace, and drops the quoting message and its causes.
 */
final class UnquotedJsonFailure extends Exception {
    private static final long serialVersionUID = 1L;

    UnquotedJsonFailure(Exception failure) {
        super(failure.getClass().getName() + position(failure)
                + " (its message is left out: it quotes the body, which may hold secrets)");
        setStackTrace(failure.getStackTrace());
    }

    private static String position(Exception failure) {
        JsonLocation location = failure instanceof JsonProcessingException json ? json.getLocation() : null;
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
