package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.generated.PathSegmentExpander;
import dev.corekit.runtime.micrometer.MicrometerMetrics;
import dev.corekit.sandbox.CoreSandbox;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@code resource} tag is the declared resource path, not the first segment of the request path. */
class ResourceTagMetricsTest {
    /** Shaped like the generated client of a resource declared with {@code path = "note/category"}. */
    @Headers("Accept: application/json")
    interface NoteCategoryApi {
        @RequestLine("GET /note/category")
        List<JsonNode> list(@QueryMap(encoded = true) Map<String, Object> query);

        @RequestLine(value = "GET /note/category/{id}", decodeSlash = false)
        JsonNode get(@Param(value = "id", expander = PathSegmentExpander.class) String id);
    }

    /** Shaped like the generated client of a resource declared with {@code path = "note"}. */
    @Headers("Accept: application/json")
    interface NoteApi {
        @RequestLine("GET /note")
        List<JsonNode> list(@QueryMap(encoded = true) Map<String, Object> query);

        @RequestLine(value = "GET /note/{id}", decodeSlash = false)
        JsonNode get(@Param(value = "id", expander = PathSegmentExpander.class) String id);
    }

    private CoreSandbox sandbox;
    private SimpleMeterRegistry registry;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
        registry = new SimpleMeterRegistry();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        registry.close();
    }

    private long calls(String resource, String method) {
        Timer timer = registry.find(MicrometerMetrics.CALLS)
                .tags("resource", resource, "method", method)
                .timer();
        return timer == null ? 0 : timer.count();
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aTwoSegmentResourceHasItsOwnSeriesBesideItsParent(ClientKind kind) {
        String category = sandbox.api()
                .company(Fixtures.COMPANY)
                .put("note/category", Fixtures.JSON.createObjectNode().put("name", "Call"))
                .get("id")
                .asText();
        CoreClient client = kind.apply(Fixtures.sandboxClient(sandbox))
                .metrics(MicrometerMetrics.of(registry))
                .build();
        Fixtures.seed(sandbox, client);

        client.api(NoteCategoryApi.class).list(Map.of());
        client.api(NoteCategoryApi.class).get(category);
        client.api(NoteApi.class).list(Map.of());

        assertThat(calls("note/category", "list")).isEqualTo(1);
        assertThat(calls("note/category", "get")).isEqualTo(1);
        assertThat(calls("note", "list")).isEqualTo(1);
        assertThat(registry.find(MicrometerMetrics.CALLS).timers())
                .extracting(timer -> timer.getId().getTag("resource"))
                .containsOnly("note", "note/category")
                .doesNotContain(category);
    }
}
