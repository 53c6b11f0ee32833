package dev.corekit.runtime.client;

import dev.corekit.runtime.CoreClient;
import java.util.function.UnaryOperator;

/** The two HTTP clients corekit offers: OkHttp (the default) and the JDK's {@code java.net.http}. */
enum ClientKind {
    OKHTTP(b -> b),
    JDK(CoreClient.Builder::jdkHttpClient);

    final UnaryOperator<CoreClient.Builder> setting;

    ClientKind(UnaryOperator<CoreClient.Builder> setting) {
        this.setting = setting;
    }

    CoreClient.Builder apply(CoreClient.Builder builder) {
        return setting.apply(builder);
    }
}
