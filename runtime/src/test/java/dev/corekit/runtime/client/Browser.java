package dev.corekit.runtime.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plays the browser at an authorize endpoint that approves at once (the sandbox's auto-approve). */
final class Browser {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Browser() {}

    /** GETs {@code authorize} and returns where it redirects: the callback with {@code code} and {@code state}. */
    static URI callback(URI authorize) {
        try {
            HttpResponse<Void> redirect =
                    HTTP.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.discarding());
            return URI.create(redirect.headers().firstValue("Location").orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows the authorize redirect to the callback, as a browser would with a loopback receiver. */
    static void browse(URI authorize) {
        try {
            HTTP.send(HttpRequest.newBuilder(callback(authorize)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
