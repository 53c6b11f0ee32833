package dev.corekit.sandbox.idp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.sandbox.CoreSandbox;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ID token: its claims, and its signature checked against the published key set. */
class IdTokenTest {
    private final CoreSandbox sandbox = Idp.autoApproving("demo-company-a");
    private final Idp idp = new Idp(sandbox);

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void claimsNameIssuerSubjectAudienceAndTimes() throws Exception {
        long before = sandbox.clock().instant().getEpochSecond();
        JsonNode tokens = idp.webTokens("read:core openid");
        String[] parts = tokens.get("id_token").asText().split("\\.");

        assertThat(parts).hasSize(3);
        JsonNode header = decode(parts[0]);
        JsonNode claims = decode(parts[1]);
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(header.get("typ").asText()).isEqualTo("JWT");
        assertThat(claims.get("iss").asText()).isEqualTo(sandbox.identityUrl());
        assertThat(claims.get("aud").asText()).isEqualTo(Idp.WEB);
        assertThat(claims.get("iat").asLong()).isBetween(before, before + 5);
        assertThat(claims.get("exp").asLong()).isEqualTo(claims.get("iat").asLong() + 3600);
        assertThat(claims.has("nonce")).isFalse();
        // The subject is the one userinfo gives, and not the email address.
        JsonNode me = Idp.json(idp.userinfo(tokens.get("access_token").asText()));
        assertThat(claims.get("sub").asText()).isEqualTo(me.get("sub").asText()).doesNotContain("@");
    }

    @Test
    void subjectIsStableAcrossSandboxes() throws Exception {
        String sub = decode(idp.webTokens("openid").get("id_token").asText().split("\\.")[1])
                .get("sub")
                .asText();
        try (CoreSandbox other = Idp.autoApproving("demo-company-b")) {
            String again = decode(new Idp(other)
                            .webTokens("openid")
                            .get("id_token")
                            .asText()
                            .split("\\.")[1])
                    .get("sub")
                    .asText();

            assertThat(again).isEqualTo(sub);
        }
    }

    @Test
    void nonceIsCarriedIntoTheIdToken() throws Exception {
        Map<String, String> params = Idp.authorizeParams(Idp.WEB, "openid", "s");
        params.put("nonce", "n-0S6_WzA2Mj");
        String code = idp.code(params);

        JsonNode tokens = Idp.json(idp.token(TokenEndpointTest.exchange(code)));

        assertThat(decode(tokens.get("id_token").asText().split("\\.")[1])
                        .get("nonce")
                        .asText())
                .isEqualTo("n-0S6_WzA2Mj");
    }

    @Test
    void signatureVerifiesWithThePublishedKey() throws Exception {
        String idToken = idp.webTokens("openid").get("id_token").asText();
        String[] parts = idToken.split("\\.");
        JsonNode jwks = Idp.json(idp.get(idp.url("/.well-known/openid-configuration/jwks")));
        JsonNode key = jwks.get("keys").get(0);
        assertThat(decode(parts[0]).get("kid").asText())
                .isEqualTo(key.get("kid").asText());

        PublicKey publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(
                        new BigInteger(
                                1, Base64.getUrlDecoder().decode(key.get("n").asText())),
                        new BigInteger(
                                1, Base64.getUrlDecoder().decode(key.get("e").asText()))));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void publicClientsGetIdTokensToo() throws Exception {
        String verifier = Idp.verifier();
        Map<String, String> params = Idp.authorizeParams(Idp.NATIVE, "openid profile", "s");
        params.put("code_challenge", Idp.challenge(verifier));
        params.put("code_challenge_method", "S256");
        JsonNode tokens = Idp.json(idp.token(Idp.form(
                "grant_type",
                "authorization_code",
                "code",
                idp.code(params),
                "redirect_uri",
                Idp.REDIRECT,
                "client_id",
                Idp.NATIVE,
                "code_verifier",
                verifier)));

        assertThat(decode(tokens.get("id_token").asText().split("\\.")[1])
                        .get("aud")
                        .asText())
                .isEqualTo(Idp.NATIVE);
    }

    private static JsonNode decode(String part) throws Exception {
        return Idp.JSON.readTree(Base64.getUrlDecoder().decode(part));
    }
}
