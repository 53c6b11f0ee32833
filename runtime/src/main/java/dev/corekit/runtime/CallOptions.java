package dev.corekit.runtime;

import feign.Request;
import java.time.Duration;

/**
 * The timeouts of every call, redirects off. corekit sets no options per method, so a call takes these as they are:
 * Feign's lookup of per-method options would build a string naming the calling thread on every call.
 */
final class CallOptions extends Request.Options {
    CallOptions(Duration connectTimeout, Duration readTimeout) {
        super(connectTimeout, readTimeout, false);
    }

    @Override
    public Request.Options getMethodOptions(String methodName) {
        return this;
    }
}
