package dev.corekit.runtime;

import feign.Client;
import feign.Request.ProtocolVersion;
import feign.Util;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Feign client on the JDK's {@code java.net.http}: used with {@code jdkHttpClient()}, and by default when OkHttp is
 * not on the class path. It sends on the client it is given (corekit builds that from the same settings: its connect
 * timeout, no redirects), with the call's read timeout as the request's timeout and {@code Accept: *}{@code /*} when
 * none is set. Every header of the request is sent except {@code Connection}, {@code Content-Length}, {@code Expect},
 * {@code Host} and {@code Upgrade}, which the JDK client writes itself and refuses from a caller. The response body is
 * streamed, not read into memory first; a body the answer marks {@code Content-Encoding: gzip} or {@code deflate} (one
 * an app asked for with its own {@code Accept-Encoding}) is decompressed as it is read, and
 * handed to Feign without its {@code Content-Encoding} and {@code Content-Length} headers.
 */
final class JdkFeignClient implements Client {
    /** Headers the JDK client refuses to take from a caller: it writes them itself. */
    private static final Set<String> RESTRICTED = restricted();

    private final HttpClient client;

    JdkFeignClient(HttpClient client) {
        this.client = client;
    }

    private static Set<String> restricted() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(List.of("connection", "content-length", "expect", "host", "upgrade"));
        return names;
    }

    @Override
    public feign.Response execute(feign.Request request, feign.Request.Options options) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = client.send(jdkRequest(request, options), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the response");
        }
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        InputStream body = response.body();
        Map<String, Collection<String>> headers = headers(response.headers().map());
        String encoding = ContentEncodings.decompressible(
                response.headers().firstValue("Content-Encoding").orElse(null));
        if (encoding != null && length != 0) {
            body = ContentEncodings.decompressed(body, encoding);
            length = -1; // Content-Length counts the compressed bytes.
            ContentEncodings.dropCompressedHeaders(headers);
        }
        return feign.Response.builder()
                .protocolVersion(Util.enumForName(ProtocolVersion.class, response.version()))
                .status(response.statusCode())
                .request(request)
                .headers(headers)
                .body(body, length >= 0 && length <= Integer.MAX_VALUE ? (int) length : null)
                .build();
    }

    private HttpRequest jdkRequest(feign.Request input, feign.Request.Options options) throws IOException {
        URI uri;
        try {
            uri = URI.create(input.url());
        } catch (IllegalArgumentException e) {
            throw new IOException("not a URI: " + e.getMessage(), e);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .version(client.version())
                .timeout(Duration.ofMillis(options.readTimeoutMillis()));
        boolean accept = false;
        for (Map.Entry<String, Collection<String>> header : input.headers().entrySet()) {
            String name = header.getKey();
            if (RESTRICTED.contains(name)) {
                continue;
            }
            accept |= name.equalsIgnoreCase("Accept");
            for (String value : header.getValue()) {
                builder.header(name, value);
            }
        }
        if (!accept) {
            // Some servers refuse a request without Accept.
            builder.header("Accept", "*/*");
        }
        byte[] body = input.body();
        return builder.method(
                        input.httpMethod().name(),
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static Map<String, Collection<String>> headers(Map<String, List<String>> headers) {
        Map<String, Collection<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            map.computeIfAbsent(
                            header.getKey(),
                            name -> new ArrayList<>(header.getValue().size()))
                    .addAll(header.getValue());
        }
        return map;
    }
}
