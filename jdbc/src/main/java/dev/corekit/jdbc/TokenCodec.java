package dev.corekit.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.token.TokenSet;

/** A connection's {@link TokenSet} as the {@code tokens} column holds it: its JSON, sealed by a {@link SecretBox}. */
final class TokenCodec {
    /** Text after the object is refused: a column holds one token set, nothing appended to it. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final SecretBox box;

    TokenCodec(SecretBox box) {
        this.box = box;
    }

    SecretBox.Sealed write(String connection, TokenSet tokens) {
        return box.seal(tokens.toJson().toString(), connection);
    }

    /**
     * @throws DecryptionException when the column does not decrypt
     * @throws CoreException when it does not hold tokens (the message quotes nothing of it)
     */
    TokenSet read(String connection, String value, String keyId) {
        return parse(connection, box.open(value, keyId, connection, name(connection)));
    }

    /** Like {@link #read}, and tokens in clear even when encryption is required: what re-encryption rewrites. */
    TokenSet readForRewrite(String connection, String value, String keyId) {
        return parse(connection, box.openForRewrite(value, keyId, connection, name(connection)));
    }

    private static String name(String connection) {
        return "the tokens of connection " + connection;
    }

    private static TokenSet parse(String connection, String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // Jackson's message may quote the text, tokens included: not kept.
            throw new CoreException("the stored tokens of connection " + connection + " are not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new CoreException("the stored tokens of connection " + connection + " are not a JSON object");
        }
        try {
            return TokenSet.fromJson(node);
        } catch (CoreException e) {
            // Until a new login saves over it, every update of this connection fails the same way.
            throw new CoreException(
                    "the stored tokens of connection " + connection + " are unusable: " + e.getMessage());
        }
    }

    /** Whether tokens written under {@code keyId} are due for re-encryption (never without a current key). */
    boolean stale(String keyId) {
        return box.stale(keyId);
    }

    /** @throws dev.corekit.runtime.error.CoreConfigurationException when no key is configured */
    String requireCurrentKeyId() {
        return box.requireCurrentKeyId();
    }
}
