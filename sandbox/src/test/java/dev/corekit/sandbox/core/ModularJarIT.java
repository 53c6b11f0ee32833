package dev.corekit.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar is a named module, {@code dev.corekit.sandbox}, that runs on the module path with its
 * dependencies as modules, and exports only what users touch.
 */
class ModularJarIT {

    @Test
    void runsOnTheModulePathAndAnswersOverHttp() throws Exception {
        try (StandaloneJar jar = StandaloneJar.startAsModule()) {
            HttpResponse<String> discovery = SandboxHttp.send(
                    HttpRequest.newBuilder(URI.create(jar.baseUrl() + "/idp/.well-known/openid-configuration")));
            HttpResponse<String> token =
                    SandboxHttp.send(HttpRequest.newBuilder(URI.create(jar.baseUrl() + "/idp/connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=unknown")));
            HttpResponse<String> clock =
                    SandboxHttp.send(HttpRequest.newBuilder(URI.create(jar.baseUrl() + "/__admin/clock")));

            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(discovery.body()).contains("\"issuer\":\"" + jar.baseUrl() + "/idp\"");
            assertThat(token.statusCode()).isEqualTo(401);
            assertThat(token.body()).contains("\"error\":\"invalid_client\"");
            assertThat(clock.statusCode()).isEqualTo(200);
            assertThat(clock.body()).contains("\"now\"");
        }
    }

    @Test
    void exportsTheEntryPointItsConfigurationTheExtensionFaultsJournalAndStores() {
        ModuleDescriptor module = ModuleFinder.of(StandaloneJar.jar())
                .find("dev.corekit.sandbox")
                .orElseThrow()
                .descriptor();

        assertThat(module.isAutomatic()).isFalse();
        assertThat(module.exports().stream()
                        .filter(e -> !e.isQualified())
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "dev.corekit.sandbox",
                        "dev.corekit.sandbox.junit",
                        "dev.corekit.sandbox.faults",
                        "dev.corekit.sandbox.journal",
                        "dev.corekit.sandbox.idp",
                        "dev.corekit.sandbox.api");
        assertThat(module.packages()).contains("dev.corekit.sandbox.admin", "dev.corekit.sandbox.http");
        assertThat(module.requires().stream()
                        .filter(r -> r.name().equals("org.junit.jupiter.api"))
                        .map(ModuleDescriptor.Requires::modifiers))
                .singleElement()
                .satisfies(modifiers -> assertThat(modifiers).contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }
}
