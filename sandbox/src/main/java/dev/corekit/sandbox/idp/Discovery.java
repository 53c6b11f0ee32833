package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.http.Responses;
import dev.corekit.sandbox.http.SandboxRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenID Connect discovery document and the JSON Web Key Set it points to. */
final class Discovery {
    private final String issuer;
    private final SigningKey key;

    Discovery(String issuer, SigningKey key) {
        this.issuer = issuer;
        this.key = key;
    }

    /** {@code GET /.well-known/openid-configuration}. */
    void configuration(SandboxRequest request, HttpExchange exchange) throws IOException {
        if (!request.method().equals("GET")) {
            MethodNotAllowed.send(exchange, "GET");
            return;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer);
        doc.put("authorization_endpoint", issuer + "/connect/authorize");
        doc.put("token_endpoint", issuer + "/connect/token");
        doc.put("revocation_endpoint", issuer + "/connect/revocation");
        doc.put("userinfo_endpoint", issuer + "/connect/userinfo");
        doc.put("jwks_uri", issuer + "/.well-known/openid-configuration/jwks");
        doc.put("scopes_supported", Scopes.ALL);
        doc.put("claims_supported", List.of("sub", "name", "email", "email_verified"));
        doc.put("response_types_supported", List.of("code"));
        doc.put("response_modes_supported", List.of("query"));
        doc.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", List.of(SigningKey.ALGORITHM));
        doc.put("code_challenge_methods_supported", List.of(Pkce.S256));
        List<String> clientAuth = List.of("client_secret_post", "client_secret_basic", "none");
        doc.put("token_endpoint_auth_methods_supported", clientAuth);
        doc.put("revocation_endpoint_auth_methods_supported", clientAuth);
        Responses.json(exchange, 200, doc);
    }

    /** {@code GET /.well-known/openid-configuration/jwks}: the one signing key. */
    void jwks(SandboxRequest request, HttpExchange exchange) throws IOException {
        if (!request.method().equals("GET")) {
            MethodNotAllowed.send(exchange, "GET");
            return;
        }
        Responses.json(exchange, 200, Map.of("keys", List.of(key.jwk())));
    }
}
