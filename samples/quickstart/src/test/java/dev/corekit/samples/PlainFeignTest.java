package dev.corekit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.corekit.client.Activity;
import dev.corekit.client.ActivityApi;
import dev.corekit.runtime.CoreJson;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import feign.Feign;
import feign.FeignException;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the README says plain Feign needs, against the sandbox: a generated client works with {@code Feign.builder()},
 * a JSR-310 mapper and a bearer header of one's own, and CORE's {@code 200 "Not authenticated"} is then the caller's
 * to recognise.
 */
class PlainFeignTest {
    private static final String COMPANY = "demo-company-a";

    private CoreSandbox sandbox;
    private String accessToken;
    private String endpoint;

    @BeforeEach
    void logInByHand() throws Exception {
        sandbox = CoreSandbox.start();
        sandbox.api()
                .company(COMPANY)
                .put("activity", JsonNodeFactory.instance.objectNode().put("code", "DEV"));
        URI callback = sandbox.approve(URI.create(sandbox.identityUrl() + "/connect/authorize?client_id="
                + SandboxConfig.DEMO_CLIENT_ID + "&response_type=code&scope=readwrite:core&state=s&redirect_uri="
                + encode(SandboxConfig.DEMO_REDIRECT_URI)));
        String code = callback.getQuery().replaceAll("^.*\\bcode=([^&]*).*$", "$1");
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(sandbox.identityUrl() + "/connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code="
                                        + encode(code) + "&redirect_uri=" + encode(SandboxConfig.DEMO_REDIRECT_URI)
                                        + "&client_id=" + SandboxConfig.DEMO_CLIENT_ID + "&client_secret="
                                        + SandboxConfig.DEMO_CLIENT_SECRET))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonNode tokens = new ObjectMapper().readTree(answer.body());
        accessToken = tokens.get("access_token").asText();
        endpoint = tokens.get("endpoint").asText();
    }

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void aGeneratedClientCallsCoreThroughPlainFeign() {
        List<Activity> activities = plain(CoreJson.mapper()).list(CoreQuery.all());

        assertThat(activities).extracting(Activity::code).containsExactly("DEV");
        assertThat(activities.get(0).createdOn()).isNotNull();
        assertThat(sandbox.journal().last().header("Authorization")).isEqualTo("Bearer ***");
    }

    @Test
    void aMapperWithoutTheJsr310ModuleCannotReadTheDtos() {
        ActivityApi withoutJsr310 = plain(new ObjectMapper());

        assertThatThrownBy(() -> withoutJsr310.list(CoreQuery.all()))
                .isInstanceOf(FeignException.class)
                .hasMessageContaining("java.time.LocalDateTime");
    }

    @Test
    void coresNotAuthenticatedIsASuccessToFeignThatFailsToDecode() {
        ActivityApi activities = plain(CoreJson.mapper());
        sandbox.clock().advance(Duration.ofHours(2)); // the access token has expired

        assertThatThrownBy(() -> activities.list(CoreQuery.all()))
                .isInstanceOfSatisfying(
                        FeignException.class, e -> assertThat(e.status()).isEqualTo(200))
                .hasMessageContaining(
                        "Cannot deserialize value of type `java.util.ArrayList<dev.corekit.client.Activity>`"
                                + " from String value");
        assertThat(sandbox.journal().last().status()).isEqualTo(200);
    }

    private ActivityApi plain(ObjectMapper mapper) {
        return Feign.builder()
                .encoder(new JacksonEncoder(mapper))
                .decoder(new JacksonDecoder(mapper))
                .requestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken))
                .target(ActivityApi.class, endpoint);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
