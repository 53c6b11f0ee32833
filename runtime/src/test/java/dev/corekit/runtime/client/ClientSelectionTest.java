package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import feign.okhttp.OkHttpClient;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Which HTTP client actually sends the requests (the server sees its {@code User-Agent}). */
class ClientSelectionTest {

    /** An OkHttp client that marks its requests, so the server can tell it from the default one. */
    private static OkHttpClient markedClient() {
        return new OkHttpClient(new okhttp3.OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request()
                        .newBuilder()
                        .header("X-Test-Client", "custom")
                        .build()))
                .followRedirects(false)
                .build());
    }

    private static TestServer.Seen oneCall(UnaryOperator<CoreClient.Builder> setting) {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, "[]"));
            CoreClient client = setting.apply(Fixtures.serverClient(server)).build();
            Fixtures.store(client, "live-token", "refresh", Instant.now(), server.url() + "/api/one");

            client.api(ActivityApi.class).list(CoreQuery.all());

            assertThat(server.requests("/api/")).hasSize(1);
            return server.requests("/api/").get(0);
        }
    }

    @Test
    void theDefaultIsOkHttp() {
        assertThat(oneCall(b -> b).header("User-Agent")).startsWith("okhttp/");
    }

    @Test
    void jdkHttpClientUsesJavaNetHttp() {
        assertThat(oneCall(CoreClient.Builder::jdkHttpClient).header("User-Agent"))
                .startsWith("Java-http-client/");
    }

    @Test
    void aCustomClientIsUsed() {
        assertThat(oneCall(b -> b.httpClient(markedClient())).header("X-Test-Client"))
                .isEqualTo("custom");
    }

    @Test
    void theLastClientSettingWins() {
        TestServer.Seen jdkLast = oneCall(b -> b.httpClient(markedClient()).jdkHttpClient());
        TestServer.Seen customLast = oneCall(b -> b.jdkHttpClient().httpClient(markedClient()));

        assertThat(jdkLast.header("User-Agent")).startsWith("Java-http-client/");
        assertThat(customLast.header("X-Test-Client"))
                .as("the client set after jdkHttpClient()")
                .isEqualTo("custom");
    }
}
