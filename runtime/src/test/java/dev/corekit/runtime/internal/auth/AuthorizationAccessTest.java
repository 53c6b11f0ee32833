package dev.corekit.runtime.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.auth.AppAuthorization;
import dev.corekit.runtime.auth.AuthorizationFlow;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.internal.token.TokenEndpointClient;
import dev.corekit.runtime.internal.token.TokenManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AuthorizationAccessTest {

    @Test
    void noOtherCodeCanInstallTheAccessThroughWhichFlowsGetTheirCredentials() {
        AuthorizationAccess impostor = new AuthorizationAccess() {
            @Override
            public AppAuthorization app(
                    ClientCredentials credentials,
                    @Nullable String defaultRedirectUri,
                    Set<String> scopes,
                    boolean pkce,
                    Clock clock,
                    Duration pendingLifetime,
                    TokenEndpointClient tokens,
                    AuthorizationStore store,
                    Connections connections) {
                throw new AssertionError("the impostor was called");
            }

            @Override
            public AuthorizationFlow flow(AppAuthorization app, TokenManager manager) {
                throw new AssertionError("the impostor was called");
            }
        };

        assertThatThrownBy(() -> AuthorizationAccess.install(impostor))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("only AppAuthorization installs the authorization access");
        assertThat(AuthorizationAccess.get()).isNotSameAs(impostor);
        assertThat(AuthorizationAccess.get().getClass().getNestHost()).isEqualTo(AppAuthorization.class);
    }
}
