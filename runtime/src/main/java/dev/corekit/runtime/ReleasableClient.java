package dev.corekit.runtime;

import dev.corekit.runtime.error.CoreException;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;

/**
 * The Feign client of an app, let go of when the app closes: the JDK's HTTP client ends its selector thread only once
 * nothing refers to it, and a call after closing fails at once instead of being retried.
 */
final class ReleasableClient implements Client {
    private volatile Client delegate;

    ReleasableClient(Client delegate) {
        this.delegate = delegate;
    }

    /** @throws CoreException when the app was closed */
    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Client client = delegate;
        if (client == null) {
            throw new CoreException("this CoreApp is closed");
        }
        return client.execute(request, options);
    }

    void release() {
        delegate = null;
    }
}
