-- corekit's tables for PostgreSQL (9.5 or later; tested on 14). JdbcStores.createSchema() runs this script with the
-- configured table prefix in place of "corekit_"; it can also be run by hand or by a migration tool. Idempotent.

-- One row per connection (one CORE company). The row is also the refresh lock: JdbcTokenStore.update takes it with
-- SELECT ... FOR UPDATE, inserting it first when the connection has no tokens yet.
CREATE TABLE IF NOT EXISTS corekit_tokens (
    connection   VARCHAR(255) NOT NULL PRIMARY KEY,
    -- TokenSet.toJson(): in clear when key_id is NULL, else base64(12-byte nonce || AES-GCM ciphertext and tag).
    -- NULL only while a transaction that inserted the row to lock it has not written tokens yet.
    tokens       TEXT,
    -- The EncryptionKeys id of the key that encrypted tokens; NULL: stored in clear.
    key_id       VARCHAR(64),
    -- One more on every write.
    version      BIGINT NOT NULL DEFAULT 0,
    -- When the access token expires, and whether a refresh token is stored: what cleanup reads.
    expires_at   TIMESTAMP WITH TIME ZONE,
    refreshable  BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Started authorizations, found by the SHA-256 of their state (the state itself is never stored).
CREATE TABLE IF NOT EXISTS corekit_pending_authorizations (
    state_hash          VARCHAR(64) NOT NULL PRIMARY KEY,
    connection          VARCHAR(255) NOT NULL,
    redirect_uri        TEXT NOT NULL,
    -- The PKCE verifier: in clear when key_id is NULL, else encrypted like corekit_tokens.tokens; NULL without PKCE.
    code_verifier       TEXT,
    key_id              VARCHAR(64),
    -- The application's values, a JSON object of strings, in clear.
    application_values  TEXT NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Set once by the one callback that takes the authorization; a later one with the same state is a replay.
    taken_at            TIMESTAMP WITH TIME ZONE
);

CREATE INDEX IF NOT EXISTS corekit_pending_authorizations_expires_at ON corekit_pending_authorizations (expires_at);
