package dev.corekit.runtime;

import feign.Client;
import feign.Request.ProtocolVersion;
import feign.Util;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The default Feign client: sends a Feign request with OkHttp as feign-okhttp's client does ({@code Accept: *}{@code /*}
 * when none is set, the body with its {@code Content-Type}, the timeouts of the call's options), and builds the Feign
 * response once, with its headers gathered without an intermediate sorted copy (Feign copies them itself). An answer marked {@code Content-Encoding: gzip} or
 * {@code deflate} (one an app asked for with its own {@code Accept-Encoding}, which OkHttp leaves compressed) is
 * decompressed as it is read and handed to Feign without its {@code Content-Encoding} and {@code Content-Length}.
 */
final class OkHttpFeignClient implements Client {
    private final OkHttpClient delegate;

    OkHttpFeignClient(OkHttpClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public feign.Response execute(feign.Request request, feign.Request.Options options) throws IOException {
        Response response = client(options).newCall(okHttpRequest(request)).execute();
        Map<String, Collection<String>> headers = headers(response.headers());
        feign.Response.Body body = body(response.body());
        // OkHttp decompresses on its own only when it asked for the encoding itself; an app's Accept-Encoding
        // gets the compressed bytes, decompressed here as the JDK client does.
        String encoding = ContentEncodings.decompressible(response.header("Content-Encoding"));
        if (encoding != null && body != null) {
            body = new Decompressed(ContentEncodings.decompressed(body.asInputStream(), encoding), response.body());
            ContentEncodings.dropCompressedHeaders(headers);
        }
        return feign.Response.builder()
                .protocolVersion(Util.enumForName(
                        ProtocolVersion.class, response.protocol().name()))
                .status(response.code())
                .reason(response.message())
                .request(request)
                .headers(headers)
                .body(body)
                .build();
    }

    /** This client, or one with the options' timeouts when they differ from its own. */
    private OkHttpClient client(feign.Request.Options options) {
        if (delegate.connectTimeoutMillis() == options.connectTimeoutMillis()
                && delegate.readTimeoutMillis() == options.readTimeoutMillis()
                && delegate.followRedirects() == options.isFollowRedirects()) {
            return delegate;
        }
        return delegate.newBuilder()
                .connectTimeout(options.connectTimeoutMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(options.readTimeoutMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(options.isFollowRedirects())
                .build();
    }

    private static Request okHttpRequest(feign.Request input) {
        Request.Builder builder = new Request.Builder().url(input.url());
        MediaType mediaType = null;
        boolean accept = false;
        for (Map.Entry<String, Collection<String>> header : input.headers().entrySet()) {
            String name = header.getKey();
            accept |= name.equalsIgnoreCase("Accept");
            for (String value : header.getValue()) {
                builder.addHeader(name, value);
                if (name.equalsIgnoreCase("Content-Type")) {
                    mediaType = MediaType.parse(value);
                }
            }
        }
        if (!accept) {
            // Some servers refuse a request without Accept.
            builder.addHeader("Accept", "*/*");
        }
        byte[] body = input.body();
        if (input.httpMethod().isWithBody()) {
            // OkHttp sets Content-Type from the body's media type.
            builder.removeHeader("Content-Type");
            if (body == null) {
                body = new byte[0];
            }
        }
        return builder.method(input.httpMethod().name(), body == null ? null : RequestBody.create(body, mediaType))
                .build();
    }

    private static Map<String, Collection<String>> headers(Headers headers) {
        // One entry per name in any spelling, values in wire order, as OkHttp's Headers.toMultimap() groups them.
        Map<String, Collection<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0, size = headers.size(); i < size; i++) {
            map.computeIfAbsent(headers.name(i), name -> new ArrayList<>(1)).add(headers.value(i));
        }
        return map;
    }

    /** The body as Feign reads it; none when it is empty, closing it so the connection is reused. */
    private static feign.Response.@Nullable Body body(@Nullable ResponseBody body) {
        if (body == null) {
            return null;
        }
        long length = body.contentLength();
        if (length == 0) {
            body.close();
            return null;
        }
        return new Body(body, length > 0 && length <= Integer.MAX_VALUE ? (int) length : null);
    }

    /** A decompressed body: its length is unknown. */
    private record Decompressed(InputStream in, ResponseBody body) implements feign.Response.Body {
        @Override
        public @Nullable Integer length() {
            return null;
        }

        @Override
        public boolean isRepeatable() {
            return false;
        }

        @Override
        public InputStream asInputStream() {
            return in;
        }

        @Override
        public Reader asReader(Charset charset) {
            return new InputStreamReader(in, charset);
        }

        @Override
        public void close() throws IOException {
            try {
                in.close();
            } finally {
                body.close();
            }
        }
    }

    private record Body(ResponseBody body, @Nullable Integer length) implements feign.Response.Body {
        @Override
        public boolean isRepeatable() {
            return false;
        }

        @Override
        public InputStream asInputStream() {
            return body.byteStream();
        }

        @Override
        public Reader asReader(Charset charset) {
            return body.charStream();
        }

        @Override
        public void close() {
            body.close();
        }
    }
}
