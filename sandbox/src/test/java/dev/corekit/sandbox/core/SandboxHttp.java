package dev.corekit.sandbox.core;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/** A plain java.net.http client for the sandbox, with tokens taken straight from its registry. */
final class SandboxHttp {
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private SandboxHttp() {}

    static String token(CoreSandbox sandbox, String company, String... scopes) {
        return sandbox.tokens()
                .issue(
                        SandboxConfig.DEMO_CLIENT_ID,
                        SandboxConfig.DEMO_LOGIN,
                        company,
                        Set.of(scopes),
                        sandbox.tokens().newFamily(),
                        sandbox.clock().instant(),
                        Duration.ofHours(1),
                        null)
                .accessToken();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET();
    }
}
