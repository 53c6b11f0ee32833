package dev.corekit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * TCP sockets of this machine's network namespace connected to one local port, read from Linux's {@code
 * /proc/net/tcp} and {@code /proc/net/tcp6}: with the sandbox in another process, the sockets whose remote port is the
 * sandbox's are the client side of the connections it accepted. Closed ones ({@code TIME_WAIT}) are not counted:
 * they may be an earlier process's.
 *
 * @param open sockets still connected or half-closed (every state but {@code TIME_WAIT})
 */
record LoopbackSockets(long open) {
    private static final String TIME_WAIT = "06";

    /** The open sockets whose remote port is {@code port}; {@code -1} where {@code /proc/net/tcp} is not there. */
    static LoopbackSockets to(int port) {
        String hexPort = String.format(":%04X", port);
        long open = 0;
        boolean read = false;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of(table));
            } catch (IOException | RuntimeException e) {
                continue;
            }
            read = true;
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                // sl local_address rem_address st ...
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 3 && fields[2].endsWith(hexPort) && !fields[3].equals(TIME_WAIT)) {
                    open++;
                }
            }
        }
        return new LoopbackSockets(read ? open : -1);
    }
}
