package dev.corekit.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.error.ApiEndpointException;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which API base URLs may receive the access token. */
class EndpointPolicyTest {
    private final EndpointPolicy defaults = EndpointPolicy.defaults();
    private final EndpointPolicy sandbox = new EndpointPolicy(List.of("bqecore.com"), true);

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aMissingEndpointIsRefusedWithoutAnApiBase(String endpoint) {
        assertThatThrownBy(() -> defaults.check(endpoint))
                .isExactlyInstanceOf(ApiEndpointException.class)
                .hasMessageContaining("no API endpoint")
                .hasMessageContaining("apiBase");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aMissingEndpointIsTheExplicitApiBase(String endpoint) {
        EndpointPolicy policy = new EndpointPolicy(List.of("example.org"), false, "https://core.example.org:8443/api/");

        assertThat(policy.check(endpoint)).isEqualTo("https://core.example.org:8443/api");
        assertThat(policy.check("https://eu.example.org/api")).isEqualTo("https://eu.example.org/api");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://core.example.com/api",
                "http://core.example.org/api",
                "https://core.example.org/api?x=1",
                "https://u:p@core.example.org/api",
                "core.example.org/api"
            })
    void theApiBaseFollowsThePolicyAtBuildTime(String base) {
        assertThatThrownBy(() -> new EndpointPolicy(List.of("example.org"), false, base))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageStartingWith("apiBase: ")
                .hasMessageNotContaining("u:p");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.bqecore.com:8443/api", "https://api.bqecore.com:80/api"})
    void anEndpointOnAnotherPortThan443IsRefused(String endpoint) {
        assertThatThrownBy(() -> defaults.check(endpoint))
                .isExactlyInstanceOf(ApiEndpointException.class)
                .hasMessageContaining("is not 443");
        assertThat(defaults.check("https://api.bqecore.com:443/api")).isEqualTo("https://api.bqecore.com:443/api");
        assertThat(sandbox.check("https://localhost:8443/api")).isEqualTo("https://localhost:8443/api");
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.bqecore.com/api/, https://api.bqecore.com/api",
        "https://api.bqecore.com/api//, https://api.bqecore.com/api",
        "https://api.bqecore.com/api, https://api.bqecore.com/api",
        "https://sandbox-api.bqecore.com/api/, https://sandbox-api.bqecore.com/api",
        "https://us2.api.bqecore.com/core/api/, https://us2.api.bqecore.com/core/api",
        "https://bqecore.com/api, https://bqecore.com/api",
        "HTTPS://API.BQECORE.COM/api, HTTPS://API.BQECORE.COM/api",
        "' https://api.bqecore.com/api/ ', https://api.bqecore.com/api",
    })
    void allowedEndpointsLoseTheirTrailingSlash(String endpoint, String expected) {
        assertThat(defaults.check(endpoint)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://api.bqecore.com/api",
                "http://127.0.0.1:8080/api",
                "https://127.0.0.1:8443/api",
                "https://user:pw@api.bqecore.com/api",
                "https://api.bqecore.com@evil.example.com/api",
                "https://evil.example.com/api",
                "https://bqecore.com.evil.com/api",
                "https://evilbqecore.com/api",
                "https://api.bqecore.com.evil.com/api",
                "https://api.bqecore.com/api?x=1",
                "https://api.bqecore.com/api#x",
                "ftp://api.bqecore.com/api",
                "api.bqecore.com/api",
                "https:///api",
                "https://api.bqecore.com/a pi",
                "javascript:alert(1)",
            })
    void otherEndpointsAreRefused(String endpoint) {
        assertThatThrownBy(() -> defaults.check(endpoint))
                .isExactlyInstanceOf(ApiEndpointException.class)
                .hasMessageStartingWith("refused the API endpoint")
                .hasMessageContaining("no request or token was sent")
                .hasMessageNotContaining("pw@");
    }

    @Test
    void anEndpointThatIsNoUrlIsQuotedWithoutItsUserInfo() {
        assertThatThrownBy(() -> defaults.check("https://user:canary-pw@api.bqecore.com/a pi"))
                .isExactlyInstanceOf(ApiEndpointException.class)
                .hasMessageContaining("not a valid URL")
                .hasMessageContaining("api.bqecore.com/a pi")
                .hasMessageNotContaining("canary-pw");
    }

    @Test
    void plainHttpIsAllowedForLoopbackOnlyWhenSwitchedOn() {
        assertThat(sandbox.check("http://127.0.0.1:8080/api/demo-company-a/"))
                .isEqualTo("http://127.0.0.1:8080/api/demo-company-a");
        assertThat(sandbox.check("http://localhost:8080/api")).isEqualTo("http://localhost:8080/api");
        assertThat(sandbox.check("http://[::1]:8080/api")).isEqualTo("http://[::1]:8080/api");
        assertThat(sandbox.check("https://127.0.0.1:8443/api")).isEqualTo("https://127.0.0.1:8443/api");

        assertThatThrownBy(() -> sandbox.check("http://api.bqecore.com/api"))
                .hasMessageContaining("loopback hosts only");
        assertThatThrownBy(() -> sandbox.check("http://127.0.0.2/api")).isInstanceOf(CoreException.class);
        assertThatThrownBy(() -> sandbox.check("http://127.0.0.1.evil.com/api")).isInstanceOf(CoreException.class);
        assertThatThrownBy(() -> sandbox.check("https://evil.example.com/api")).isInstanceOf(CoreException.class);
    }

    @Test
    void moreDomainsCanBeAllowed() {
        EndpointPolicy policy = new EndpointPolicy(List.of("bqecore.com", "example.org"), false);

        assertThat(policy.check("https://core.example.org/api")).isEqualTo("https://core.example.org/api");
        assertThat(policy.check("https://api.bqecore.com/api")).isEqualTo("https://api.bqecore.com/api");
        assertThatThrownBy(() -> policy.check("https://example.org.evil.com/api"))
                .isInstanceOf(CoreException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "com", "*.bqecore.com", "bqecore.com/", "bqe core.com", "-bqecore.com", "a..b"})
    void theAllowedDomainsMustBeDomainNames(String domain) {
        assertThatThrownBy(() -> new EndpointPolicy(List.of(domain), false))
                .isInstanceOf(CoreConfigurationException.class)
                .satisfies(e ->
                        assertThat(((CoreConfigurationException) e).setting()).isEqualTo("allowedHosts"));
    }

    @Test
    void atLeastOneDomainIsNeededUnlessOnlyLoopbackIsUsed() {
        assertThatThrownBy(() -> new EndpointPolicy(List.of(), false)).isInstanceOf(CoreConfigurationException.class);
        EndpointPolicy loopbackOnly = new EndpointPolicy(List.of(), true);

        assertThat(loopbackOnly.check("http://127.0.0.1:1/api")).isEqualTo("http://127.0.0.1:1/api");
        assertThatThrownBy(() -> loopbackOnly.check("https://api.bqecore.com/api"))
                .isInstanceOf(CoreException.class);
    }
}
