package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreNotFoundException;
import dev.corekit.runtime.micrometer.MicrometerMetrics;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.journal.JournalEntry;
import feign.Capability;
import feign.Client;
import feign.Request;
import feign.codec.Decoder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An app's own Feign request interceptors and capabilities (tracing, say) see every call: get and delete by id, whose
 * requests corekit otherwise builds itself, as much as list, create and update.
 */
class HooksTest {
    private CoreSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private List<JournalEntry> activityRequests() {
        return sandbox.journal().filter(e -> e.path().contains("/activity"));
    }

    /** Every call an API has: by id (path-only) and the others. */
    private static void callEverything(ActivityApi api, String id) {
        api.get(id);
        api.read(id);
        api.list(CoreQuery.all());
        JsonNode created = api.create(Fixtures.activity("NEW"));
        api.update(created.get("id").asText(), created);
        api.delete(created.get("id").asText());
        assertThatThrownBy(() -> api.get("missing")).isInstanceOf(CoreNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void everyRequestCarriesTheHeadersOfTheAppsInterceptors(ClientKind kind) {
        String id = Fixtures.seedActivity(sandbox, "DEV").get("id").asText();
        CoreClient client = kind.apply(Fixtures.sandboxClient(sandbox))
                .requestInterceptor(template -> template.header("X-Trace-Id", "trace-1"))
                .requestInterceptor(template -> template.header("X-Span-Id", "span-" + template.method()))
                .build();
        Fixtures.seed(sandbox, client);

        callEverything(client.api(ActivityApi.class), id);

        List<JournalEntry> requests = activityRequests();
        assertThat(requests)
                .extracting(e -> e.method() + " " + e.path().replaceFirst(".*/activity", "/activity"))
                .containsExactly(
                        "GET /activity/" + id,
                        "GET /activity/" + id,
                        "GET /activity",
                        "POST /activity",
                        "PUT /activity/" + requests.get(4).path().replaceFirst(".*/activity/", ""),
                        "DELETE /activity/" + requests.get(4).path().replaceFirst(".*/activity/", ""),
                        "GET /activity/missing");
        assertThat(requests).allSatisfy(e -> {
            assertThat(e.header("X-Trace-Id")).isEqualTo("trace-1");
            assertThat(e.header("X-Span-Id")).isEqualTo("span-" + e.method());
            // corekit's own headers are still there (the journal masks the token; the answers show it was valid).
            assertThat(e.header("Authorization")).isEqualTo("Bearer ***");
            assertThat(e.utcOffsetHeader()).isNotNull();
        });
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aCapabilityWrappingTheClientAndTheDecoderSeesEveryCall(ClientKind kind) {
        String id = Fixtures.seedActivity(sandbox, "DEV").get("id").asText();
        List<String> sent = new CopyOnWriteArrayList<>();
        List<String> decoded = new CopyOnWriteArrayList<>();
        Capability tracing = new Tracing(sent, decoded);
        CoreClient client = kind.apply(Fixtures.sandboxClient(sandbox))
                .capability(tracing)
                .metrics(MicrometerMetrics.of(new SimpleMeterRegistry()))
                .build();
        Fixtures.seed(sandbox, client);

        callEverything(client.api(ActivityApi.class), id);

        List<String> onTheWire = activityRequests().stream()
                .map(e -> e.method() + " " + e.path())
                .toList();
        assertThat(sent).hasSize(7).containsExactlyElementsOf(onTheWire);
        // Every answer but the 404, which goes to the error decoder.
        assertThat(decoded).containsExactlyElementsOf(onTheWire.subList(0, 6));
    }

    @Test
    void anAppsConnectionsCarryItsInterceptorsHeaders() {
        String id = Fixtures.seedActivity(sandbox, "DEV").get("id").asText();
        try (CoreApp app = CoreApp.builder()
                .clientId(SandboxConfig.DEMO_CLIENT_ID)
                .clientSecret(SandboxConfig.DEMO_CLIENT_SECRET)
                .redirectUri("http://127.0.0.1/callback")
                .scopes("readwrite:core", "offline_access")
                .identityServer(sandbox.identityUrl())
                .allowInsecureLoopback()
                .requestInterceptor(template -> template.header("X-Trace-Id", "app-trace"))
                .build()) {
            CoreClient acme = app.connection("acme");
            Fixtures.seed(sandbox, acme);

            acme.api(ActivityApi.class).get(id);
            acme.api(ActivityApi.class).list(CoreQuery.all());
        }

        assertThat(activityRequests())
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.header("X-Trace-Id")).isEqualTo("app-trace"));
    }

    @Test
    void aNullHookIsRefusedByName() {
        assertThatThrownBy(() ->
                        Fixtures.sandboxClient(sandbox).requestInterceptor(null).build())
                .isInstanceOfSatisfying(
                        CoreConfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("requestInterceptor"));
        assertThatThrownBy(
                        () -> Fixtures.sandboxClient(sandbox).capability(null).build())
                .isInstanceOfSatisfying(
                        CoreConfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("capability"));
    }

    @Test
    void aCapabilityFeignCannotApplyIsRefusedByName() {
        // Not public: Feign's reflection cannot call its enrich method.
        Capability hidden = new Capability() {
            @Override
            public Client enrich(Client client) {
                return client;
            }
        };

        assertThatThrownBy(
                        () -> Fixtures.sandboxClient(sandbox).capability(hidden).build())
                .isInstanceOfSatisfying(CoreConfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("capability");
                    assertThat(e.getMessage()).contains("must be public");
                });
    }

    @Test
    void aCapabilityThatThrowsIsNamedAsTheCauseNotAsNotPublic() {
        assertThatThrownBy(() -> Fixtures.sandboxClient(sandbox)
                        .capability(new Throwing())
                        .build())
                .isInstanceOfSatisfying(CoreConfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("capability");
                    assertThat(e.getMessage())
                            .contains("threw java.lang.IllegalStateException")
                            .doesNotContain("public")
                            .doesNotContain("tracing backend down");
                    assertThat(e.getCause())
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessage("tracing backend down");
                });
    }

    /** A public capability whose enrich method fails. */
    public static final class Throwing implements Capability {
        @Override
        public Client enrich(Client client) {
            throw new IllegalStateException("tracing backend down");
        }
    }

    /**
     * Records the requests its HTTP client sends and the answers its decoder reads. Public: Feign applies a capability
     * through reflection.
     */
    public static final class Tracing implements Capability {
        private final List<String> sent;
        private final List<String> decoded;

        Tracing(List<String> sent, List<String> decoded) {
            this.sent = sent;
            this.decoded = decoded;
        }

        @Override
        public Client enrich(Client client) {
            return (request, options) -> {
                sent.add(request.httpMethod() + " " + path(request));
                return client.execute(request, options);
            };
        }

        @Override
        public Decoder enrich(Decoder decoder) {
            return (response, type) -> {
                decoded.add(response.request().httpMethod() + " " + path(response.request()));
                return decoder.decode(response, type);
            };
        }
    }

    private static String path(Request request) {
        return URI.create(request.url()).getRawPath();
    }
}
