package dev.corekit.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import dev.corekit.runtime.internal.auth.OAuthEndpoints;
import dev.corekit.runtime.internal.http.EndpointPolicy;
import dev.corekit.runtime.internal.token.TokenEndpointClient;
import dev.corekit.runtime.internal.token.TokenManager;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.journal.JournalEntry;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wires an {@link AuthorizationFlow} to a running sandbox, and plays the browser: follows the authorize redirect
 * with a plain HTTP client (redirects off) instead of a real browser.
 */
final class FlowFixture {
    // Ordered: the authorize URL lists scopes in the order given.
    static final Set<String> SCOPES =
            new java.util.LinkedHashSet<>(java.util.List.of("readwrite:core", "offline_access"));
    static final String REDIRECT = "http://127.0.0.1:49152/callback";

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    final CoreSandbox sandbox;
    final ClientCredentials credentials;
    /** The flow's own clock, moved by tests to expire pending requests. */
    final SandboxClock flowClock = new SandboxClock();

    final InMemoryTokenStore store = new InMemoryTokenStore();
    final TokenEndpointClient tokenEndpoint;
    final TokenManager manager;
    final AuthorizationFlow flow;

    FlowFixture(CoreSandbox sandbox, ClientCredentials credentials, boolean pkce, Set<String> scopes) {
        this.sandbox = sandbox;
        this.credentials = credentials;
        URI identity = URI.create(sandbox.identityUrl());
        this.tokenEndpoint = new TokenEndpointClient(
                OAuthEndpoints.core(identity),
                credentials,
                HTTP,
                Clock.systemUTC(),
                RetryPolicy.none(),
                new EndpointPolicy(List.of(), true));
        this.manager = new TokenManager("test", store, tokenEndpoint, Clock.systemUTC(), Duration.ofMinutes(1));
        this.flow = new AuthorizationFlow(
                identity,
                credentials,
                REDIRECT,
                scopes,
                pkce,
                flowClock,
                Duration.ofMinutes(10),
                tokenEndpoint,
                manager);
    }

    FlowFixture(CoreSandbox sandbox, ClientCredentials credentials) {
        this(sandbox, credentials, true, SCOPES);
    }

    /** Plays the browser at the authorize endpoint: GETs {@code authorize} and returns where it redirects. */
    static URI follow(URI authorize) {
        HttpResponse<String> response = get(authorize);
        assertThat(response.statusCode()).as("authorize answer").isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    static HttpResponse<String> get(URI uri) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The decoded parameters of a query or form body, in order. */
    static Map<String, String> decode(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** {@code uri} with its query parameter {@code name} replaced (or removed, for {@code null}). */
    static URI withParameter(URI uri, String name, String value) {
        Map<String, String> query = decode(uri.getRawQuery());
        query.remove(name);
        if (value != null) {
            query.put(name, value);
        }
        StringBuilder out = new StringBuilder(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath());
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            out.append(separator)
                    .append(parameter.getKey())
                    .append('=')
                    .append(java.net.URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return URI.create(out.toString());
    }

    List<JournalEntry> tokenRequests() {
        return sandbox.journal().entries("/connect/token");
    }
}
