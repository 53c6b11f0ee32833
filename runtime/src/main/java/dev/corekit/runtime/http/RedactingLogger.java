package dev.corekit.runtime.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's request and response logging through SLF4J (logger {@code dev.corekit.runtime.http.feign}, at DEBUG), with
 * {@code Authorization} headers, tokens, client secrets, codes and verifiers redacted from every line.
 */
public final class RedactingLogger extends feign.Logger {
    private static final Logger LOG = LoggerFactory.getLogger("dev.corekit.runtime.http.feign");

    @Override
    protected void log(String configKey, String format, Object... args) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {}", methodTag(configKey), Redaction.redact(String.format(format, args)));
        }
    }
}
