package dev.corekit.samples;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.auth.AuthorizationResult;
import dev.corekit.runtime.auth.LoopbackReceiver;
import dev.corekit.runtime.error.CoreException;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The login: CORE's authorization-code flow with PKCE, as a desktop or command line app runs it. corekit builds the
 * authorize URL, receives the redirect on 127.0.0.1 (or takes the pasted callback URL), checks {@code state},
 * exchanges the code and stores the tokens; this class only shows the URL and plays or opens the browser.
 */
final class Login {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    private final PrintStream out;
    private final BufferedReader in;

    Login(PrintStream out, BufferedReader in) {
        this.out = out;
        this.in = in;
    }

    /**
     * Against the sandbox, which auto-approves (no login page): a headless stand-in for the browser requests the
     * authorize URL and follows its redirect to corekit's loopback receiver, as a browser would.
     */
    AuthorizationResult withSandbox(CoreClient client) {
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            out.println("   loopback receiver   " + receiver.redirectUri());
            return client.authorization().authorizeWithLoopback(receiver, Duration.ofSeconds(30), uri -> {
                out.println("   authorize URL       " + uri);
                out.println("   the sandbox approves as the demo user at once; a headless browser follows its"
                        + " redirect");
                followRedirect(uri);
            });
        }
    }

    /**
     * Against CORE: prints the authorize URL and opens the browser when there is one. With a loopback redirect URI
     * (http on 127.0.0.1 or localhost) corekit's receiver takes the redirect; otherwise the user pastes the URL the
     * browser was sent to.
     */
    AuthorizationResult withCore(CoreClient client, String redirectUri) {
        URI redirect = URI.create(redirectUri);
        boolean loopback = "http".equalsIgnoreCase(redirect.getScheme())
                && redirect.getHost() != null
                && LOOPBACK_HOSTS.contains(redirect.getHost().toLowerCase(java.util.Locale.ROOT));
        if (!loopback) {
            AuthorizationRequest request = client.authorization().start();
            showAndOpen(request.uri());
            return client.authorization().complete(pastedCallback());
        }
        String path = redirect.getRawPath() == null || redirect.getRawPath().isEmpty() ? "/" : redirect.getRawPath();
        if (redirect.getHost().equals("127.0.0.1")) {
            // CORE accepts any port on 127.0.0.1 (RFC 8252 §7.3): without one in the URI, a free port is taken.
            int port = redirect.getPort() < 0 ? 0 : redirect.getPort();
            try (LoopbackReceiver receiver = LoopbackReceiver.start(port, path)) {
                out.println("   waiting for the redirect on " + receiver.redirectUri());
                return client.authorization().authorizeWithLoopback(receiver, TIMEOUT, this::showAndOpen);
            }
        }
        // localhost or [::1]: the registered URI is used as it is, so its port must be the one listened on.
        int port = redirect.getPort() < 0 ? 80 : redirect.getPort();
        try (LoopbackReceiver receiver = LoopbackReceiver.start(port, path)) {
            AuthorizationRequest request = client.authorization().start(redirectUri, Map.of());
            out.println("   waiting for the redirect on " + redirectUri);
            showAndOpen(request.uri());
            return client.authorization().complete(receiver.await(TIMEOUT));
        }
    }

    private void showAndOpen(URI authorize) {
        out.println("   open this address in a browser, log in to CORE and grant access:");
        out.println("   " + authorize);
        if (!canBrowse()) {
            return;
        }
        try {
            Desktop.getDesktop().browse(authorize);
            out.println("   (opened in your browser)");
        } catch (IOException | RuntimeException e) {
            out.println("   (could not open a browser: " + e.getMessage() + "; open the address yourself)");
        }
    }

    private static boolean canBrowse() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private URI pastedCallback() {
        out.println("   after granting access, your browser is sent to the redirect URI; paste that whole address:");
        out.print("   > ");
        out.flush();
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line == null || line.isBlank()) {
            throw new CoreException("no callback address was pasted; run again and paste the address the browser"
                    + " was sent to after granting access");
        }
        try {
            return URI.create(line.trim());
        } catch (IllegalArgumentException e) {
            throw new CoreException("the pasted text is not an address: paste the whole URL from the browser");
        }
    }

    /** What a browser does with a page that redirects: requests the authorize URL, then the URL it redirects to. */
    private static void followRedirect(URI authorize) {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        try {
            HttpResponse<Void> answer =
                    browser.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.discarding());
            String location = answer.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new CoreException("the sandbox answered the authorize request with "
                            + answer.statusCode() + " and no redirect; is autoApprove set?"));
            browser.send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreException("interrupted while following the authorize redirect", e);
        }
    }
}
