package dev.corekit.spring.boot.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Web applications the tests start on a port of 127.0.0.1, and requests to them over {@code java.net.http}. Shared by
 * the tests of every package of the module.
 */
public final class LocalWeb {
    /** The properties of a web application on a free port of 127.0.0.1, without a database. */
    public static final String[] ON_LOOPBACK_WITHOUT_DATABASE = {
        "server.port=0",
        "server.address=127.0.0.1",
        "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
    };

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LocalWeb() {}

    /** {@return the port the web server of {@code context} listens on} */
    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * {@return the answer to a {@code GET} of {@code path} on the application of {@code context}}
     *
     * @param headers header names and values, alternating
     */
    public static HttpResponse<String> get(ConfigurableApplicationContext context, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(context) + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
