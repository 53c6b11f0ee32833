package com.example.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationResult;
import dev.corekit.runtime.error.OAuthException;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.SandboxLoginException;
import dev.corekit.sandbox.journal.JournalEntry;
import dev.corekit.sandbox.junit.CoreSandboxExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test logs a {@link CoreClient} in on the sandbox in one line, and learns clearly why when it cannot. */
@ExtendWith(CoreSandboxExtension.class)
class OneLineLoginTest {
    @Test
    void theOneLineLoginGivesTokensThatCallTheApi(CoreSandbox sandbox) {
        CoreClient core = DemoClient.of(sandbox);

        AuthorizationResult result = core.authorization()
                .complete(sandbox.approve(core.authorization().start().uri()));

        assertThat(core.isAuthorized()).isTrue();
        assertThat(result.companyId()).isEqualTo("demo-company-a");
        assertThat(core.api(ProjectSummaryApi.class).list(CoreQuery.all())).isNotNull();
        JournalEntry call = sandbox.journal().last();
        assertThat(call.path()).isEqualTo("/api/demo-company-a/project");
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.header("Authorization")).startsWith("Bearer ");
    }

    @Test
    void anotherCompanyOfTheUser(CoreSandbox sandbox) {
        CoreClient core = DemoClient.of(sandbox);

        core.authorization()
                .complete(sandbox.approve(
                        core.authorization().start().uri(),
                        SandboxConfig.DEMO_LOGIN,
                        SandboxConfig.DEMO_PASSWORD,
                        "demo-company-b"));
        core.api(ProjectSummaryApi.class).list(CoreQuery.all());

        assertThat(sandbox.journal().last().path()).isEqualTo("/api/demo-company-b/project");
    }

    @Test
    void aWrongPasswordFailsTheLoginAndStoresNothing(CoreSandbox sandbox) {
        CoreClient core = DemoClient.of(sandbox);
        URI authorize = core.authorization().start().uri();

        assertThatThrownBy(() -> sandbox.approve(authorize, SandboxConfig.DEMO_LOGIN, "wrong-pw", null))
                .isInstanceOf(SandboxLoginException.class)
                .hasMessage("the sandbox refused the log-in of demo@corekit.dev: The login or password is incorrect.");
        assertThat(core.isAuthorized()).isFalse();
    }

    @Test
    void aDeniedConsentIsTheClientsAccessDenied(CoreSandbox sandbox) {
        CoreClient core = DemoClient.of(sandbox);
        URI callback = sandbox.deny(core.authorization().start().uri());

        assertThatThrownBy(() -> core.authorization().complete(callback))
                .isInstanceOfSatisfying(
                        OAuthException.class, e -> assertThat(e.error()).isEqualTo("access_denied"));
        assertThat(core.isAuthorized()).isFalse();
    }

    @Test
    void aClientPointedElsewhereIsToldSo(CoreSandbox sandbox) {
        CoreClient core = CoreClient.builder()
                .clientId(SandboxConfig.DEMO_NATIVE_CLIENT_ID)
                .redirectUri(SandboxConfig.DEMO_REDIRECT_URI)
                .scopes("readwrite:core")
                .build(); // the identity server left at CORE's

        assertThatThrownBy(() -> sandbox.approve(core.authorization().start().uri()))
                .isInstanceOf(SandboxLoginException.class)
                .hasMessageContaining("is not this sandbox's authorize endpoint")
                .hasMessageContaining("identityUrl()");
    }
}
