package dev.corekit.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body as a stream, never holding more than its limit. */
final class BoundedBody {
    private BoundedBody() {}

    /**
     * The whole body, or {@link BodyTooLargeException} as soon as it is known to be longer than {@code limit}: at once
     * when {@code Content-Length} says so, else after {@code limit + 1} bytes.
     *
     * @param declaredLength the {@code Content-Length}, or {@code -1} when absent (chunked)
     * @param setting the configuration setting that sets {@code limit}, named in the error
     */
    static byte[] read(InputStream in, long declaredLength, int limit, String setting) throws IOException {
        if (declaredLength > limit) {
            throw new BodyTooLargeException(limit, setting);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declaredLength < 0 ? 256 : (int) declaredLength);
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
                throw new BodyTooLargeException(limit, setting);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The {@code Content-Length} header as a number, or {@code -1} when absent or garbled (the read still stops). */
    static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
