package dev.corekit.sandbox.idp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.sandbox.CoreSandbox;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
    private final CoreSandbox sandbox = CoreSandbox.start();
    private final Idp idp = new Idp(sandbox);

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void documentNamesEveryEndpointAndCapability() {
        HttpResponse<String> response = idp.get(idp.url("/.well-known/openid-configuration"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode doc = Idp.json(response);
        String issuer = sandbox.identityUrl();
        assertThat(doc.get("issuer").asText()).isEqualTo(issuer);
        assertThat(doc.get("authorization_endpoint").asText()).isEqualTo(issuer + "/connect/authorize");
        assertThat(doc.get("token_endpoint").asText()).isEqualTo(issuer + "/connect/token");
        assertThat(doc.get("revocation_endpoint").asText()).isEqualTo(issuer + "/connect/revocation");
        assertThat(doc.get("userinfo_endpoint").asText()).isEqualTo(issuer + "/connect/userinfo");
        assertThat(doc.get("jwks_uri").asText()).isEqualTo(issuer + "/.well-known/openid-configuration/jwks");
        assertThat(texts(doc.get("scopes_supported")))
                .containsExactlyInAnyOrder(
                        "read:core", "readwrite:core", "offline_access", "openid", "profile", "email", "address");
        assertThat(texts(doc.get("response_types_supported"))).containsExactly("code");
        assertThat(texts(doc.get("grant_types_supported"))).containsExactly("authorization_code", "refresh_token");
        assertThat(texts(doc.get("code_challenge_methods_supported"))).containsExactly("S256");
        assertThat(texts(doc.get("token_endpoint_auth_methods_supported")))
                .containsExactlyInAnyOrder("client_secret_post", "client_secret_basic", "none");
        assertThat(texts(doc.get("id_token_signing_alg_values_supported"))).containsExactly("RS256");
    }

    @Test
    void jwksHoldsOneRsaSigningKey() {
        String jwksUri = Idp.json(idp.get(idp.url("/.well-known/openid-configuration")))
                .get("jwks_uri")
                .asText();

        HttpResponse<String> response = idp.get(jwksUri);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode keys = Idp.json(response).get("keys");
        assertThat(keys).hasSize(1);
        JsonNode key = keys.get(0);
        assertThat(key.get("kty").asText()).isEqualTo("RSA");
        assertThat(key.get("use").asText()).isEqualTo("sig");
        assertThat(key.get("alg").asText()).isEqualTo("RS256");
        assertThat(key.get("kid").asText()).isNotEmpty();
        assertThat(key.get("n").asText()).matches("[A-Za-z0-9_-]{300,}");
        assertThat(key.get("e").asText()).isEqualTo("AQAB");
        assertThat(key.has("d")).as("no private part").isFalse();
    }

    @Test
    void unknownPathsUnderIdpAre404Json() {
        for (String path : List.of("", "/", "/connect", "/connect/nope", "/.well-known/nope")) {
            HttpResponse<String> response = idp.get(idp.url(path));

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(Idp.json(response).isObject()).isTrue();
        }
    }

    @Test
    void wrongMethodIs405() {
        HttpResponse<String> response = idp.post(idp.url("/.well-known/openid-configuration"), Idp.form());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
