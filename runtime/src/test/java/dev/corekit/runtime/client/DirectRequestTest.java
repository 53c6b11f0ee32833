package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import feign.okhttp.OkHttpClient;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * corekit builds the requests of path-only methods ({@code GET /activity/{id}}, {@code DELETE}) itself and sends every
 * request with its own OkHttp client: the server sees byte for byte what Feign's request templates and feign-okhttp's
 * client send, which an app's own client still gets.
 */
class DirectRequestTest {
    private static final String TRICKY_ID = "a b/c%d?e#f{g}é";

    private static final String ONE = "{\"code\":\"DEV\"}";

    @Test
    void pathOnlyCallsSendWhatFeignSends() {
        List<String> direct = seen(false, ONE, DirectRequestTest::pathOnlyCalls);

        assertThat(direct).isEqualTo(seen(true, ONE, DirectRequestTest::pathOnlyCalls));
        assertThat(direct.get(1))
                .startsWith("GET /api/one/activity/a%20b%2Fc%25d%3Fe%23f%7Bg%7D%C3%A9 HTTP/1.1\r\n")
                .contains("\r\nAccept: application/json\r\n", "\r\nAuthorization: Bearer token-one\r\n")
                .contains("\r\nX-UTC-OFFSET: 330\r\n");
        assertThat(direct.get(3))
                .startsWith("DELETE /api/one/activity/a%20b%2Fc%25d%3Fe%23f%7Bg%7D%C3%A9 HTTP/1.1\r\n");
    }

    @Test
    void requestsWithABodyOrAQuerySendWhatFeignOkHttpSends() {
        List<String> corekit = seen(false, "[]", DirectRequestTest::templatedCalls);

        assertThat(corekit).isEqualTo(seen(true, "[]", DirectRequestTest::templatedCalls));
        assertThat(corekit.get(0))
                .startsWith("POST /api/one/activity HTTP/1.1\r\n")
                .contains("\r\nContent-Type: application/json\r\n")
                .endsWith("\r\n\r\n" + ONE);
    }

    @Test
    void pathOnlyCallsKeepTheirConnection() {
        try (RawServer server = RawServer.start(RawServer.keepAlive(ONE))) {
            ActivityApi api = api(server, false);
            for (int i = 0; i < 5; i++) {
                assertThat(api.get("id-" + i).get("code").asText()).isEqualTo("DEV");
            }
            assertThat(server.wire()).hasSize(5);
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    private static void pathOnlyCalls(ActivityApi api) {
        api.get("3f1c9a52-8d77-4c59-9b7d-000000000001");
        api.get(TRICKY_ID);
        api.read(TRICKY_ID);
        api.delete(TRICKY_ID);
    }

    /** A create and an update answered with one activity, then a page. */
    private static void templatedCalls(ActivityApi api) {
        api.create(Fixtures.parse(ONE));
        api.update(TRICKY_ID, Fixtures.parse(ONE));
        api.list(CoreQuery.all().withPage(0, 5));
    }

    /** The requests {@code calls} sent, through feign-okhttp's client given by the app or through corekit's own. */
    private static List<String> seen(boolean appClient, String fallback, Consumer<ActivityApi> calls) {
        try (RawServer server = RawServer.start(RawServer.keepAlive(fallback))) {
            if (!fallback.equals(ONE)) {
                server.then(RawServer.keepAlive(ONE), 2);
            }
            calls.accept(api(server, appClient));
            // The port differs between the two servers; all else must not.
            return server.wire().stream()
                    .map(request -> request.replace(server.url().substring("http://".length()), "HOST"))
                    .toList();
        }
    }

    private static ActivityApi api(RawServer server, boolean appClient) {
        CoreClient.Builder builder = Fixtures.loopbackClient(server.url()).utcOffset(ZoneOffset.ofHoursMinutes(5, 30));
        if (appClient) {
            builder.httpClient(new OkHttpClient(new okhttp3.OkHttpClient()));
        }
        CoreClient core = builder.build();
        Fixtures.store(core, "token-one", "refresh-one", Instant.now(), server.url() + "/api/one");
        return core.api(ActivityApi.class);
    }
}
