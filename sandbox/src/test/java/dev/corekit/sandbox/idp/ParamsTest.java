package dev.corekit.sandbox.idp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParamsTest {
    @Test
    void malformedEncodingIsInvalidRequest() {
        assertThatThrownBy(() -> Params.parse("client_id=%zz"))
                .isInstanceOfSatisfying(
                        OAuthError.class, e -> assertThat(e.error()).isEqualTo("invalid_request"));
    }

    @Test
    void repeatedParameterIsInvalidRequestButEmptyIsAbsent() throws OAuthError {
        Params params = Params.parse("a=1&a=2&b=&c=x+y%2B");

        assertThatThrownBy(() -> params.single("a")).isInstanceOf(OAuthError.class);
        assertThat(params.all("a")).containsExactly("1", "2");
        assertThat(params.single("b")).isNull();
        assertThat(params.has("b")).isTrue();
        assertThat(params.single("c")).isEqualTo("x y+");
        assertThatThrownBy(() -> params.required("b"))
                .isInstanceOfSatisfying(
                        OAuthError.class, e -> assertThat(e.description()).contains("b"));
    }
}
