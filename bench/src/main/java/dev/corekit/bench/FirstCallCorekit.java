package dev.corekit.bench;

import dev.corekit.client.Activity;
import dev.corekit.client.ActivityApi;
import java.util.UUID;

/** A fresh JVM's first call through corekit: {@code ActivityApi.get(id)}, printed; args: API base, id. */
final class FirstCallCorekit {
    private FirstCallCorekit() {}

    public static void main(String[] args) {
        Activity activity = BenchClients.corekit(args[0]).api(ActivityApi.class).get(UUID.fromString(args[1]));
        FirstCalls.report(activity.name());
    }
}
