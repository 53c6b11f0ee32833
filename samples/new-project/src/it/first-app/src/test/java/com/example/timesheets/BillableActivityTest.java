package com.example.timesheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corekit.client.Core;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.junit.CoreSandboxExtension;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CoreSandboxExtension.class)
class BillableActivityTest {
    @Test
    void createsAnActivityAndReadsItBack(CoreSandbox sandbox) {
        CoreClient client = CoreClient.builder()
                .clientId(SandboxConfig.DEMO_NATIVE_CLIENT_ID)
                .redirectUri(SandboxConfig.DEMO_REDIRECT_URI)
                .scopes("readwrite:core", "offline_access")
                .identityServer(sandbox.identityUrl())
                .allowInsecureLoopback() // the sandbox speaks plain http on 127.0.0.1
                .build();
        client.authorization().complete(sandbox.approve(client.authorization().start().uri()));

        BillableActivityApi activities = client.api(BillableActivityApi.class);
        BillableActivity created = activities.create(BillableActivity.builder()
                .code("OT")
                .name("Overtime")
                .billRate(new BigDecimal("180.00"))
                .build());

        assertEquals(0, new BigDecimal("180.00").compareTo(activities.get(created.id()).billRate()));
        assertEquals(1, new Core(client).activities().list(CoreQuery.all()).size()); // the catalogue's client
    }
}
