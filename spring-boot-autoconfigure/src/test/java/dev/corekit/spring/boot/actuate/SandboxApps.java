package dev.corekit.spring.boot.actuate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Addresses for the health tests (the demo app's properties and logins are {@code SandboxRunner}'s). */
final class SandboxApps {
    private SandboxApps() {}

    /** A port on 127.0.0.1 where nothing listens (it was free a moment ago). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
