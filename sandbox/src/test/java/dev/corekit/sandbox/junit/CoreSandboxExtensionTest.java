package dev.corekit.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.CoreSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CoreSandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoreSandboxExtensionTest {
    private static CoreSandbox first;
    private final CoreSandbox injected;

    CoreSandboxExtensionTest(CoreSandbox injected) {
        this.injected = injected;
    }

    @Test
    @Order(1)
    void injectsARunningSandbox(CoreSandbox sandbox) throws Exception {
        first = sandbox;
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(sandbox.identityUrl() + "/.well-known/openid-configuration"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(sandbox).isSameAs(injected);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sandbox.journal().entries()).hasSize(1);
    }

    @Test
    @Order(2)
    void theSameSandboxServesTheWholeClassWithAFreshJournal(CoreSandbox sandbox) {
        assertThat(sandbox).isSameAs(first);
        assertThat(sandbox.journal().entries()).isEmpty();
    }
}
