package dev.corekit.sandbox.idp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.SandboxConfig;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CORE's getting-started table of redirect URIs, row by row, through a real authorize request. */
class RedirectUriTableTest {
    @ParameterizedTest(name = "registered {0}, passed {1}: valid={2}")
    @CsvSource({
        "http://yourcallback.com/, http://yourcallback.com/, yes",
        "http://yourcallback.com/, http://yourcallback.com/?this=that, yes",
        "http://yourcallback.com/?this=that, http://yourcallback.com/, no",
        "http://yourcallback.com/?this=that, http://yourcallback.com/?this=that&another=true, yes",
        "http://yourcallback.com/?this=that, http://yourcallback.com/?another=true&this=that, no",
        "http://yourcallback.com/callback, http://yourcallback.com/, no",
        "http://yourcallback.com/callback, http://yourcallback.com/callback?type=mobile, yes",
    })
    void row(String registered, String passed, String valid) {
        try (CoreSandbox sandbox = CoreSandbox.builder()
                .configure(c -> c.app(new SandboxApp(
                                "table-app", "table-secret", "Table app", List.of(registered), SandboxApp.ALL_SCOPES))
                        .autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-a"))
                .start()) {
            Idp idp = new Idp(sandbox);
            Map<String, String> params = Idp.authorizeParams("table-app", "read:core", "row-state");
            params.put("redirect_uri", passed);

            HttpResponse<String> response = idp.get(idp.authorizeUrl(params));

            if (valid.equals("yes")) {
                assertThat(response.statusCode()).isEqualTo(302);
                String location = Idp.location(response);
                assertThat(location).startsWith(passed);
                Map<String, List<String>> query = Idp.query(location);
                assertThat(Idp.first(query, "code")).isNotEmpty();
                assertThat(Idp.first(query, "state")).isEqualTo("row-state");
                // The passed URI's own parameters survive, in front of the response's.
                assertThat(location).startsWith(passed + (passed.contains("?") ? "&code=" : "?code="));
            } else {
                assertThat(response.statusCode()).isEqualTo(400);
                assertThat(Idp.location(response)).isNull();
                assertThat(response.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
                assertThat(response.body()).contains("redirect_uri is not registered");
            }
        }
    }
}
