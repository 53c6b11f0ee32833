package dev.corekit.runtime.internal.http;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A response body as the decoder reads it: the first bytes are kept for an error excerpt, a failure of the connection
 * is remembered (Jackson may wrap it in a mapping error), and {@link #release()} drains what the JSON value left so
 * the kept-alive connection goes back to the pool. {@link #close()} leaves the connection alone: Jackson closes its
 * source at the end of the value.
 */
final class BodyStream extends InputStream {
    private final InputStream in;
    private final byte[] head;
    private int kept;
    private @Nullable IOException broke;

    private BodyStream(InputStream in, int keep) {
        this.in = in;
        this.head = new byte[keep];
    }

    /** The body of {@code response}, keeping at most {@code keep} bytes of its start. */
    static BodyStream of(Response response, int keep) throws IOException {
        Response.Body body = response.body();
        if (body == null) {
            return new BodyStream(InputStream.nullInputStream(), 0);
        }
        Integer length = body.length();
        return new BodyStream(body.asInputStream(), length == null || length < 0 ? keep : Math.min(keep, length));
    }

    @Override
    public int read() throws IOException {
        int b;
        try {
            b = in.read();
        } catch (IOException e) {
            throw broke(e);
        }
        if (b >= 0 && kept < head.length) {
            head[kept++] = (byte) b;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (IOException e) {
            throw broke(e);
        }
        if (n > 0 && kept < head.length) {
            int copy = Math.min(n, head.length - kept);
            System.arraycopy(buffer, offset, head, kept, copy);
            kept += copy;
        }
        return n;
    }

    private IOException broke(IOException e) {
        if (broke == null) {
            broke = e;
        }
        return e;
    }

    /** The failure of the connection while reading, or {@code null}. */
    @Nullable
    IOException broke() {
        return broke;
    }

    /** The first bytes read, at most as many as were to be kept. */
    byte[] head() {
        return Arrays.copyOf(head, kept);
    }

    /** Reads the body to its end (one read when the JSON value was its end), then closes it. */
    void release() throws IOException {
        try {
            if (read() != -1) {
                transferTo(OutputStream.nullOutputStream());
            }
        } finally {
            in.close();
        }
    }

    /** Closes the body without reading further: the connection is not reused. */
    void abandon() {
        try {
            in.close();
        } catch (IOException ignored) {
            // Already failing; the connection is dropped either way.
        }
    }

    @Override
    public void close() {
        // The decoder releases the body itself, after draining it.
    }
}
