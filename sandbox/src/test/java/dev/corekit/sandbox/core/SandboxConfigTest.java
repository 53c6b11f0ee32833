package dev.corekit.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxConfigTest {
    @TempDir
    Path dir;

    @Test
    void theDemoAppsAndUserExistOutOfTheBox() {
        SandboxConfig config = SandboxConfig.builder().build();

        assertThat(config.app(SandboxConfig.DEMO_CLIENT_ID).confidential()).isTrue();
        assertThat(config.app(SandboxConfig.DEMO_NATIVE_CLIENT_ID).confidential())
                .isFalse();
        assertThat(config.user(SandboxConfig.DEMO_LOGIN).companies()).hasSize(2);
        assertThat(config.companies()).containsKeys("demo-company-a", "demo-company-b");
        assertThat(config.accessTokenLifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(config.codeLifetime()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.rotateRefreshTokens()).isTrue();
        assertThat(config.notAuthenticatedStatus()).isEqualTo(200);
        assertThat(config.endpointTrailingSlash()).isTrue();
        assertThat(config.requirePkce()).isFalse();
    }

    @Test
    void readsTheEndpointShapeAndPkceRuleFromJson() throws Exception {
        Path file = dir.resolve("shape.json");
        Files.writeString(file, "{\"endpointTrailingSlash\": false, \"requirePkce\": true}");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"requirePkce\": \"yes\"}");

        SandboxConfig config = SandboxConfig.fromJson(file);

        assertThat(config.endpointTrailingSlash()).isFalse();
        assertThat(config.requirePkce()).isTrue();
        assertThatThrownBy(() -> SandboxConfig.fromJson(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'requirePkce' must be true or false");
    }

    @Test
    void readsEverySettingFromJson() throws Exception {
        Path file = dir.resolve("sandbox.json");
        Files.writeString(file, """
                {
                  "apps": [{"clientId": "my-app", "clientSecret": "s3", "name": "My app",
                            "redirectUris": ["https://localhost:8443/callback"], "allowedScopes": ["readwrite:core"]},
                           {"clientId": "my-spa", "redirectUris": ["http://127.0.0.1/cb"]}],
                  "users": [{"login": "ann@example.com", "password": "pw", "name": "Ann",
                             "companies": [{"id": "acme", "name": "Acme"}]}],
                  "accessTokenSeconds": 120, "refreshTokenSeconds": 600, "codeSeconds": 30,
                  "rotateRefreshTokens": false, "notAuthenticatedStatus": 401, "defaultPageSize": 10,
                  "autoApprove": {"login": "ann@example.com", "company": "acme"}
                }
                """);

        SandboxConfig config = SandboxConfig.fromJson(file);

        assertThat(config.app("my-app"))
                .isEqualTo(new SandboxApp(
                        "my-app",
                        "s3",
                        "My app",
                        List.of("https://localhost:8443/callback"),
                        Set.of("readwrite:core")));
        assertThat(config.app("my-spa").confidential()).isFalse();
        assertThat(config.app("my-spa").allowedScopes()).isEqualTo(SandboxApp.ALL_SCOPES);
        assertThat(config.app(SandboxConfig.DEMO_CLIENT_ID)).isNotNull();
        assertThat(config.user("ann@example.com").companies().get(0).name()).isEqualTo("Acme");
        assertThat(config.accessTokenLifetime()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.refreshTokenLifetime()).isEqualTo(Duration.ofSeconds(600));
        assertThat(config.codeLifetime()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.rotateRefreshTokens()).isFalse();
        assertThat(config.notAuthenticatedStatus()).isEqualTo(401);
        assertThat(config.defaultPageSize()).isEqualTo(10);
        assertThat(config.autoApproveLogin()).isEqualTo("ann@example.com");
        assertThat(config.autoApproveCompany()).isEqualTo("acme");
    }

    @Test
    void badFilesNameTheFileAndTheSetting() throws Exception {
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, "{\"acessTokenSeconds\": 5}");
        Path missing = dir.resolve("missing.json");
        Files.writeString(missing, "{\"apps\": [{\"redirectUris\": [\"http://x/\"]}]}");
        Path status = dir.resolve("status.json");
        Files.writeString(status, "{\"notAuthenticatedStatus\": 302}");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"apps\": [");

        assertThatThrownBy(() -> SandboxConfig.fromJson(unknown))
                .hasMessageContaining("unknown.json")
                .hasMessageContaining("acessTokenSeconds");
        assertThatThrownBy(() -> SandboxConfig.fromJson(missing)).hasMessageContaining("'clientId' is required");
        assertThatThrownBy(() -> SandboxConfig.fromJson(status)).hasMessageContaining("200 or 401");
        assertThatThrownBy(() -> SandboxConfig.fromJson(broken)).hasMessageContaining("broken.json");
    }

    @Test
    void autoApproveMustNameAUserAndOneOfTheirCompanies() {
        assertThatThrownBy(
                        () -> SandboxConfig.builder().autoApprove("nobody", "x").build())
                .hasMessageContaining("unknown user nobody");
        assertThatThrownBy(() -> SandboxConfig.builder()
                        .autoApprove(SandboxConfig.DEMO_LOGIN, "other")
                        .build())
                .hasMessageContaining("has no company other");
    }

    @Test
    void bodyLimitsDefaultToOneMebibyteAndSixtyFourKibibytesAndAreReadFromJson() throws Exception {
        Path file = dir.resolve("limits.json");
        Files.writeString(file, "{\"maxBodyBytes\": 2048, \"maxFormBytes\": 512}");

        SandboxConfig config = SandboxConfig.fromJson(file);

        assertThat(SandboxConfig.builder().build().maxBodyBytes()).isEqualTo(1024 * 1024);
        assertThat(SandboxConfig.builder().build().maxFormBytes()).isEqualTo(64 * 1024);
        assertThat(config.maxBodyBytes()).isEqualTo(2048);
        assertThat(config.maxFormBytes()).isEqualTo(512);
        assertThatThrownBy(() -> SandboxConfig.builder().maxBodyBytes(0))
                .hasMessage("maxBodyBytes must be at least 1, was 0");
    }

    @Test
    void theRateLimitIsOffByDefaultAndReadFromJson() throws Exception {
        Path file = dir.resolve("rate.json");
        Files.writeString(file, "{\"rateLimit\": {\"requests\": 100, \"windowSeconds\": 60}}");

        SandboxConfig config = SandboxConfig.fromJson(file);

        assertThat(SandboxConfig.builder().build().rateLimitRequests()).isZero();
        assertThat(config.rateLimitRequests()).isEqualTo(100);
        assertThat(config.rateLimitWindow()).isEqualTo(Duration.ofSeconds(60));
        assertThatThrownBy(() -> SandboxConfig.builder().rateLimit(0, Duration.ofSeconds(1)))
                .hasMessage("rateLimit requests must be at least 1, was 0");
    }

    @Test
    void toStringHidesSecretsAndPasswords() {
        assertThat(SandboxConfig.demoApp().toString()).doesNotContain(SandboxConfig.DEMO_CLIENT_SECRET);
        assertThat(SandboxConfig.demoUser().toString()).doesNotContain("password=");
    }
}
