package dev.corekit.runtime.auth;

import static dev.corekit.runtime.auth.FlowFixture.follow;
import static dev.corekit.runtime.auth.FlowFixture.withParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corekit.runtime.error.OAuthException;
import dev.corekit.runtime.internal.auth.AuthorizationState;
import dev.corekit.runtime.internal.auth.CallbackResult;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.junit.CoreSandboxExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the flow with recognisable secrets and looks for them everywhere they must not be. */
class SecretCanaryTest {
    private static final String CLIENT_ID = "canary-app";
    private static final String SECRET = "CANARY-s3cr3t-7f1e9b";

    @RegisterExtension
    static final CoreSandboxExtension SANDBOX =
            CoreSandboxExtension.configure(b -> b.configure(c -> c.app(new SandboxApp(
                            CLIENT_ID,
                            SECRET,
                            "Canary",
                            List.of(SandboxConfig.DEMO_REDIRECT_URI),
                            SandboxApp.ALL_SCOPES))
                    .autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-a")));

    @Test
    void noSecretAppearsInToStringsOrExceptionMessages() {
        for (ClientAuthentication method : ClientAuthentication.values()) {
            FlowFixture fixture = new FlowFixture(SANDBOX.sandbox(), new ClientCredentials(CLIENT_ID, SECRET, method));
            List<String> texts = new ArrayList<>();
            List<String> secrets = new ArrayList<>(List.of(SECRET));

            AuthorizationRequest request = fixture.flow.start(Map.of("returnTo", "/home"));
            URI callback = follow(request.uri());
            CallbackResult.Granted granted = (CallbackResult.Granted) CallbackResult.parse(callback);
            secrets.add(granted.code());
            secrets.add(request.state());
            texts.add(request.toString());
            texts.add(granted.toString());
            texts.add(fixture.flow.toString());
            texts.add(AuthorizationState.decode(request.state()).toString());

            // Refused callbacks, before the real one.
            texts.add(message(() -> fixture.flow.complete(withParameter(callback, "state", "forged"))));
            texts.add(message(() -> fixture.flow.complete(withParameter(callback, "state", null))));

            AuthorizationResult result = fixture.flow.complete(callback);
            secrets.add(result.tokens().accessToken());
            secrets.add(result.tokens().refreshToken());
            secrets.add(
                    result.tokens().idToken() == null ? SECRET : result.tokens().idToken());
            texts.add(result.toString());
            texts.add(result.tokens().toString());
            texts.add(fixture.flow.toString());
            texts.add(fixture.credentials.toString());
            texts.add(fixture.tokenEndpoint.toString());
            texts.add(fixture.manager.toString());

            // A replay, an exchange of a spent code, and a wrong secret.
            texts.add(message(() -> fixture.flow.complete(callback)));
            AuthorizationRequest again = fixture.flow.start();
            URI secondCallback = follow(again.uri());
            texts.add(message(() -> fixture.flow.complete(withParameter(secondCallback, "code", granted.code()))));
            FlowFixture wrong =
                    new FlowFixture(SANDBOX.sandbox(), new ClientCredentials(CLIENT_ID, SECRET + "-wrong", method));
            Throwable refused = catchThrowable(
                    () -> wrong.flow.complete(follow(wrong.flow.start().uri())));
            assertThat(refused).isInstanceOf(OAuthException.class);
            texts.add(refused.getMessage());
            texts.add(wrong.flow.toString());

            for (String text : texts) {
                for (String secret : secrets) {
                    assertThat(text).as("%s with %s", text, method).doesNotContain(secret);
                }
            }
        }
    }

    private static String message(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isNotNull();
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
