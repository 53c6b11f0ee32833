package dev.corekit.runtime.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.auth.AuthorizationCallbackException;
import dev.corekit.runtime.error.OAuthException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallbackResultTest {

    @Test
    void aCodeIsGrantedWithStateAndCompany() {
        CallbackResult result = CallbackResult.parse(
                URI.create("http://127.0.0.1:8765/callback?code=c0de-S3CRET&state=abc_DEF-1&companyId=demo-company-a"));

        assertThat(result).isInstanceOf(CallbackResult.Granted.class);
        CallbackResult.Granted granted = (CallbackResult.Granted) result;
        assertThat(granted.code()).isEqualTo("c0de-S3CRET");
        assertThat(granted.state()).isEqualTo("abc_DEF-1");
        assertThat(granted.companyId()).isEqualTo("demo-company-a");
    }

    @Test
    void theAppsOwnRedirectParametersAreIgnoredAndValuesDecoded() {
        CallbackResult result = CallbackResult.parse(
                URI.create("https://app.example.com/cb?type=mobile&type=again&code=a%2Bb+c&state=s"));

        assertThat(((CallbackResult.Granted) result).code()).isEqualTo("a+b c");
        assertThat(result.state()).isEqualTo("s");
    }

    @Test
    void accessDeniedCarriesTheErrorReason() {
        CallbackResult result =
                CallbackResult.parse(URI.create("http://127.0.0.1/callback?error=access_denied&error_reason=user_denied"
                        + "&error_description=The%20user%20did%20not%20authorize%20the%20request&state=s"));

        assertThat(result).isInstanceOf(CallbackResult.Denied.class);
        CallbackResult.Denied denied = (CallbackResult.Denied) result;
        assertThat(denied.error()).isEqualTo("access_denied");
        assertThat(denied.errorReason()).isEqualTo("user_denied");
        assertThat(denied.errorDescription()).isEqualTo("The user did not authorize the request");
        assertThat(denied.state()).isEqualTo("s");
        OAuthException exception = denied.toException();
        assertThat(exception.error()).isEqualTo("access_denied");
        assertThat(exception.status()).isZero();
        assertThat(exception.description()).contains("The user did not authorize the request", "user_denied");
    }

    @Test
    void theSeedsInvalidScopeParameterIsADenial() {
        CallbackResult result = CallbackResult.parse(Map.of("invalid_scope", "write:everything", "state", "s"));

        CallbackResult.Denied denied = (CallbackResult.Denied) result;
        assertThat(denied.error()).isEqualTo("invalid_scope");
        assertThat(denied.errorDescription()).contains("invalid scope", "write:everything");
        assertThat(denied.toException().error()).isEqualTo("invalid_scope");
    }

    @Test
    void theStandardInvalidScopeErrorIsADenial() {
        CallbackResult result = CallbackResult.parse(Map.of("error", "invalid_scope", "state", "s"));

        assertThat(((CallbackResult.Denied) result).error()).isEqualTo("invalid_scope");
    }

    @Test
    void browserTextIsCleanedOfControlCharactersAndCut() {
        CallbackResult.Denied denied = (CallbackResult.Denied) CallbackResult.parse(Map.of(
                "error", "access_denied", "error_description", "line\r\nINFO forged log line" + "x".repeat(900)));

        assertThat(denied.errorDescription()).doesNotContain("\r", "\n").hasSizeLessThan(520);
    }

    @Test
    void neitherCodeNorErrorIsATypedError() {
        assertThatThrownBy(() -> CallbackResult.parse(URI.create("http://127.0.0.1/callback?state=s")))
                .isInstanceOf(AuthorizationCallbackException.class)
                .hasMessageContaining("neither");
        assertThatThrownBy(() -> CallbackResult.parse(Map.of("code", "", "state", "s")))
                .isInstanceOf(AuthorizationCallbackException.class);
    }

    @Test
    void bothCodeAndErrorIsATypedError() {
        assertThatThrownBy(() -> CallbackResult.parse(Map.of("code", "c", "error", "access_denied")))
                .isInstanceOf(AuthorizationCallbackException.class);
    }

    @Test
    void aRepeatedOAuthParameterIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> CallbackResult.parse(
                        URI.create("http://127.0.0.1/callback?code=first-c0de&code=second-c0de&state=s")))
                .isInstanceOf(AuthorizationCallbackException.class)
                .hasMessageContaining("code")
                .hasMessageNotContaining("first-c0de")
                .hasMessageNotContaining("second-c0de");
    }

    @Test
    void aBadEscapeIsATypedError() {
        // java.net.URI refuses such a query already; a raw query string can still carry one.
        assertThatThrownBy(() -> CallbackParameters.decode("code=%zz&state=s"))
                .isInstanceOf(AuthorizationCallbackException.class);
    }

    @Test
    void toStringShowsNeitherCodeNorState() {
        CallbackResult granted =
                CallbackResult.parse(Map.of("code", "c0de-S3CRET", "state", "st4te-value", "companyId", "acme"));
        CallbackResult denied = CallbackResult.parse(Map.of("error", "access_denied", "state", "st4te-value"));

        assertThat(granted.toString())
                .doesNotContain("c0de-S3CRET", "st4te-value")
                .contains("acme");
        assertThat(denied.toString()).doesNotContain("st4te-value").contains("access_denied");
    }
}
