package dev.corekit.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;

/**
 * How both Feign clients of corekit read an answer marked {@code Content-Encoding: gzip} or {@code deflate} (one an app
 * asked for with its own {@code Accept-Encoding}): decompressed as it is read, and without the {@code Content-Encoding}
 * and {@code Content-Length} headers, which describe the compressed bytes.
 */
final class ContentEncodings {
    private ContentEncodings() {}

    /** {@code gzip} or {@code deflate} when {@code encoding} names one corekit decompresses, otherwise null. */
    static @Nullable String decompressible(@Nullable String encoding) {
        if (encoding == null) {
            return null;
        }
        String name = encoding.trim().toLowerCase(Locale.ROOT);
        return name.equals("gzip") || name.equals("deflate") ? name : null;
    }

    /** {@code body} decompressed; an empty body (a {@code 204}, say) stays empty rather than failing on its header. */
    static InputStream decompressed(InputStream body, String encoding) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, 1);
        int first = in.read();
        if (first < 0) {
            return in;
        }
        in.unread(first);
        return encoding.equals("gzip") ? new GZIPInputStream(in) : new InflaterInputStream(in);
    }

    /** The headers of a decompressed answer: those of the compressed one without its encoding and length. */
    static void dropCompressedHeaders(Map<String, Collection<String>> headers) {
        headers.remove("Content-Encoding");
        headers.remove("Content-Length");
    }
}
