package dev.corekit.bench;

import dev.corekit.sandbox.SandboxConfig;

/** The app every set-up registers as: the sandbox's demo native app, so that no secret is involved. */
final class SandboxApp {
    static final String CLIENT_ID = SandboxConfig.DEMO_NATIVE_CLIENT_ID;
    static final String REDIRECT_URI = SandboxConfig.DEMO_REDIRECT_URI;
    static final String[] SCOPES = {"readwrite:core", "offline_access"};

    private SandboxApp() {}
}
