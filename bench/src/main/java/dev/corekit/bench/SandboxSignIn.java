package dev.corekit.bench;

import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.SandboxLoginException;
import dev.corekit.sandbox.idp.HeadlessLogin;
import java.io.IOException;
import java.net.URI;
import java.util.function.UnaryOperator;

/**
 * The user's browser of every login: the sandbox's sign-in as the demo user (auto-approved by the harness's sandbox),
 * answering the redirect back to the app. One browser signs in every connection, so that it adds no thread per
 * connection to the figures.
 */
final class SandboxSignIn implements UnaryOperator<URI> {
    /** Sign-ins tried again after the sandbox closed the browser's kept-alive connection under it. */
    private static final int ATTEMPTS = 3;

    private final HeadlessLogin browser;

    SandboxSignIn(String identityUrl) {
        this.browser = new HeadlessLogin(identityUrl);
    }

    @Override
    public URI apply(URI authorize) {
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.approve(authorize, SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD, null);
            } catch (SandboxLoginException e) {
                // The JDK's HttpServer closes idle connections beyond its limit: a GET of the authorize URI that never
                // reached it is safe to send again; any other refusal is the figure's failure.
                if (!(e.getCause() instanceof IOException) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
