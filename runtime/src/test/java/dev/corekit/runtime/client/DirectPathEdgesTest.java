package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.error.CoreRateLimitException;
import dev.corekit.runtime.generated.PathSegmentExpander;
import feign.Body;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.okhttp.OkHttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Hand-written path-only methods that corekit's own client must send exactly as Feign with feign-okhttp does: one
 * without parameters, one with a fixed body, one whose expression carries a pattern; and answer headers sent under two
 * spellings keep their wire order.
 */
class DirectPathEdgesTest {
    private static final String ONE = "{\"code\":\"DEV\"}";

    /** A path-only method without parameters, as a hand-written interface may declare it. */
    @Headers("Accept: application/json")
    interface ClearApi {
        @RequestLine(value = "DELETE /activity", decodeSlash = false)
        void clear();
    }

    /** A path-only method with a fixed body. */
    interface DuplicateApi {
        @RequestLine(value = "DELETE /activity/{id}", decodeSlash = false)
        @Body("reason=duplicate")
        void deleteDuplicate(@Param(value = "id", expander = PathSegmentExpander.class) String id);
    }

    /** A path-only method whose expression carries a pattern. */
    interface NumberedApi {
        @RequestLine(value = "GET /activity/{id:[0-9]+}", decodeSlash = false)
        JsonNode byNumber(@Param(value = "id", expander = PathSegmentExpander.class) String id);
    }

    @Test
    void aMethodWithoutParametersSendsWhatFeignSends() {
        Consumer<ClearApi> call = ClearApi::clear;
        List<String> direct = seen(false, ClearApi.class, call);

        assertThat(direct).isEqualTo(seen(true, ClearApi.class, call));
        assertThat(direct.get(0)).startsWith("DELETE /api/one/activity HTTP/1.1\r\n");
    }

    @Test
    void aFixedBodyIsSentWithItsLength() {
        Consumer<DuplicateApi> call = api -> api.deleteDuplicate("42");
        List<String> direct = seen(false, DuplicateApi.class, call);

        assertThat(direct).isEqualTo(seen(true, DuplicateApi.class, call));
        assertThat(direct.get(0))
                .startsWith("DELETE /api/one/activity/42 HTTP/1.1\r\n")
                .contains("\r\nContent-Length: 16\r\n")
                .endsWith("\r\n\r\nreason=duplicate");
    }

    @Test
    void anExpressionWithAPatternIsCheckedAsFeignChecksIt() {
        Consumer<NumberedApi> call = api -> api.byNumber("42");
        List<String> direct = seen(false, NumberedApi.class, call);

        assertThat(direct).isEqualTo(seen(true, NumberedApi.class, call));
        assertThat(direct.get(0)).startsWith("GET /api/one/activity/42 HTTP/1.1\r\n");
        try (RawServer server = RawServer.start(RawServer.keepAlive(ONE))) {
            NumberedApi api = api(server, false, NumberedApi.class);
            assertThatThrownBy(() -> api.byNumber("a"))
                    .hasMessageContaining("[0-9]+")
                    .hasMessageNotContaining("corekit");
            assertThat(server.wire()).isEmpty();
        }
    }

    @Test
    void aHeaderUnderTwoSpellingsKeepsItsWireOrder() {
        try (RawServer server = RawServer.start(RawServer.keepAlive(ONE))) {
            server.then(RawServer.answer(429, "{}", "retry-after: 1", "Retry-After: 3600", "retry-after: 7"), 1);
            CoreClient core = Fixtures.loopbackClient(server.url())
                    .retryPolicy(RetryPolicy.none())
                    .build();
            Fixtures.store(core, "token-one", "refresh-one", Instant.now(), server.url() + "/api/one");
            ActivityApi api = core.api(ActivityApi.class);

            assertThatThrownBy(() -> api.get("42"))
                    .isInstanceOf(CoreRateLimitException.class)
                    .satisfies(e -> assertThat(((CoreRateLimitException) e).retryAfter())
                            .isEqualTo(Duration.ofSeconds(1)));
        }
    }

    /** The requests {@code calls} sent, through feign-okhttp's client given by the app or through corekit's own. */
    private static <T> List<String> seen(boolean appClient, Class<T> type, Consumer<T> calls) {
        try (RawServer server = RawServer.start(RawServer.keepAlive(ONE))) {
            calls.accept(api(server, appClient, type));
            return server.wire().stream()
                    .map(request -> request.replace(server.url().substring("http://".length()), "HOST"))
                    .toList();
        }
    }

    private static <T> T api(RawServer server, boolean appClient, Class<T> type) {
        CoreClient.Builder builder = Fixtures.loopbackClient(server.url())
                .readTimeout(Duration.ofSeconds(10))
                .retryPolicy(RetryPolicy.none());
        if (appClient) {
            builder.httpClient(new OkHttpClient(new okhttp3.OkHttpClient()));
        }
        CoreClient core = builder.build();
        Fixtures.store(core, "token-one", "refresh-one", Instant.now(), server.url() + "/api/one");
        return core.api(type);
    }
}
