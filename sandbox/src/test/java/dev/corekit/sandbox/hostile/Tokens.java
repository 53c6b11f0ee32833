package dev.corekit.sandbox.hostile;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import java.time.Duration;
import java.util.Set;

/** Access tokens taken straight from a running sandbox's registry. */
final class Tokens {
    private Tokens() {}

    /** A {@code readwrite:core} token of the demo user for {@code demo-company-a}, valid for an hour. */
    static String readWrite(CoreSandbox sandbox) {
        return sandbox.tokens()
                .issue(
                        SandboxConfig.DEMO_CLIENT_ID,
                        SandboxConfig.DEMO_LOGIN,
                        "demo-company-a",
                        Set.of("readwrite:core"),
                        sandbox.tokens().newFamily(),
                        sandbox.clock().instant(),
                        Duration.ofHours(1),
                        null)
                .accessToken();
    }
}
