package dev.corekit.sandbox.idp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The matching rules beyond the seed's table (which {@link RedirectUriTableTest} runs over HTTP). */
class RedirectUriMatcherTest {
    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
        // Exactness: scheme, host, port, path and case.
        "https://app.example/cb, https://app.example/cb, true",
        "https://app.example/cb, http://app.example/cb, false",
        "https://app.example/cb, HTTPS://app.example/cb, false",
        "https://app.example/cb, https://APP.example/cb, false",
        "https://app.example/cb, https://app.example/CB, false",
        "https://app.example/cb, https://app.example/cb/, false",
        "https://app.example/cb/, https://app.example/cb, false",
        "https://app.example/cb, https://app.example:443/cb, false",
        "https://app.example:8443/cb, https://app.example:8443/cb, true",
        "https://app.example:8443/cb, https://app.example:8444/cb, false",
        "https://app.example/cb, https://app.example.evil/cb, false",
        "https://app.example/cb, https://evil@app.example/cb, false",
        "https://app.example/cb, https://app.example/cb/../cb, false",
        "https://app.example/cb, https://app.example/cb#frag, false",
        "https://app.example/cb, /cb, false",
        "https://app.example/cb, not a uri, false",
        // Loopback literals without a registered port match any port (RFC 8252 section 7.3).
        "http://127.0.0.1/callback, http://127.0.0.1:51234/callback, true",
        "http://127.0.0.1/callback, http://127.0.0.1/callback, true",
        "http://127.0.0.1/callback, http://127.0.0.1:51234/callback?x=1, true",
        "http://127.0.0.1/callback, http://127.0.0.1:51234/other, false",
        "http://127.0.0.1/callback, https://127.0.0.1:51234/callback, false",
        "http://127.0.0.1/callback, http://localhost:51234/callback, false",
        "http://127.0.0.1/callback, http://127.0.0.2:51234/callback, false",
        "http://[::1]/callback, http://[::1]:51234/callback, true",
        "http://[::1]/callback, http://127.0.0.1:51234/callback, false",
        // A registered port on loopback is exact; localhost is not a loopback literal.
        "http://127.0.0.1:9000/callback, http://127.0.0.1:9001/callback, false",
        "http://localhost/callback, http://localhost:9001/callback, false",
        // Query parameters: registered ones first, in order, compared encoded.
        "https://app.example/cb?a=1&b=2, https://app.example/cb?a=1&b=2&c=3, true",
        "https://app.example/cb?a=1&b=2, https://app.example/cb?b=2&a=1, false",
        "https://app.example/cb?a=1&b=2, https://app.example/cb?a=1, false",
        "https://app.example/cb?a=1, https://app.example/cb?a=2, false",
        "https://app.example/cb?a=1, https://app.example/cb?a=1&a=2, true",
        "https://app.example/cb, https://app.example/cb?, true",
    })
    void matches(String registered, String passed, boolean expected) {
        assertThat(RedirectUriMatcher.matches(registered, passed)).isEqualTo(expected);
    }
}
