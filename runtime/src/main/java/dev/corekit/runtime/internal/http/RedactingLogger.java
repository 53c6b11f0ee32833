package dev.corekit.runtime.internal.http;

import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's request and response logging through SLF4J (logger {@code dev.corekit.runtime.http.feign}, at DEBUG), with
 * {@code Authorization} headers, tokens, client secrets, codes and verifiers redacted from every line, at every level:
 * the access token a request carried is masked also where the answer echoes it bare (its status line, headers and
 * body). Each line is one line: line breaks a server sends (CR, LF, U+2028, U+2029) become spaces.
 *
 * <p>At {@code HEADERS} and {@code FULL} Feign reads the body to log it. A body that breaks off while read is logged
 * and handed on still failing, so the decoders classify it exactly as they do unlogged: one failure, one exception
 * type, whatever the log level.
 */
public final class RedactingLogger extends feign.Logger {

    /** The credentials of the exchange being logged on this thread; Feign logs an exchange on its caller's thread. */
    private static final ThreadLocal<List<String>> SENT = ThreadLocal.withInitial(List::of);

    @Override
    protected void logRequest(String configKey, Level logLevel, Request request) {
        SENT.set(Redaction.sentIn(request));
        try {
            super.logRequest(configKey, logLevel, request);
        } finally {
            SENT.remove();
        }
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
        if (Log.LOG.isDebugEnabled()) {
            Log.LOG.debug("{} {}", methodTag(configKey), Redaction.redact(String.format(format, args), SENT.get()));
        }
    }

    @Override
    protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsedTime)
            throws IOException {
        SENT.set(Redaction.sentIn(response.request()));
        try {
            return logAndRebuffer(configKey, logLevel, response, elapsedTime);
        } finally {
            SENT.remove();
        }
    }

    private Response logAndRebuffer(String configKey, Level logLevel, Response response, long elapsedTime)
            throws IOException {
        if (logLevel.ordinal() < Level.HEADERS.ordinal() || response.body() == null) {
            return super.logAndRebufferResponse(configKey, logLevel, response, elapsedTime);
        }
        byte[] body;
        try {
            body = CoreDecoder.readFully(response);
        } catch (IOException e) {
            super.logAndRebufferResponse(
                    configKey,
                    logLevel,
                    response.toBuilder().body((byte[]) null).build(),
                    elapsedTime);
            logIOException(configKey, logLevel, e, elapsedTime);
            return response.toBuilder().body(failing(e), null).build();
        }
        return super.logAndRebufferResponse(
                configKey, logLevel, response.toBuilder().body(body).build(), elapsedTime);
    }

    /** Open to corekit's own method handler, which logs a failed exchange as Feign's does. */
    @Override
    protected IOException logIOException(String configKey, Level logLevel, IOException ioe, long elapsedTime) {
        return super.logIOException(configKey, logLevel, ioe, elapsedTime);
    }

    /** A body whose reading fails as the original did. */
    private static InputStream failing(IOException failure) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }
        };
    }

    /** SLF4J starts (and scans the class path for a provider) only when corekit first logs. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger("dev.corekit.runtime.http.feign");
    }
}
