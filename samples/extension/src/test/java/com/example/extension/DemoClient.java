package com.example.extension;

import dev.corekit.runtime.CoreClient;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;

/** The sandbox's demo native app as a {@link CoreClient}, not yet logged in. */
final class DemoClient {
    private DemoClient() {}

    static CoreClient of(CoreSandbox sandbox) {
        return CoreClient.builder()
                .clientId(SandboxConfig.DEMO_NATIVE_CLIENT_ID)
                .redirectUri(SandboxConfig.DEMO_REDIRECT_URI)
                .scopes("readwrite:core", "offline_access")
                .identityServer(sandbox.identityUrl())
                .allowInsecureLoopback() // the sandbox speaks plain http on 127.0.0.1
                .build();
    }
}
