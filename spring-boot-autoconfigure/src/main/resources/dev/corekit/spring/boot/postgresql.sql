-- The table of corekit's Spring Boot health contributor for PostgreSQL, beside corekit-jdbc's
-- dev/corekit/jdbc/postgresql.sql. With corekit.store.jdbc.initialize-schema the auto-configuration runs this script
-- with the table prefix of the JdbcStores in use (corekit.store.jdbc.table-prefix) in place of "corekit_"; with
-- initialize-schema=never, run it from your migrations with the same prefix. Idempotent.

-- One row per connection whose refresh CORE refused: counted as needing a new login until its tokens are usable again.
CREATE TABLE IF NOT EXISTS corekit_reauthorizations (
    connection   VARCHAR(255) NOT NULL PRIMARY KEY,
    -- When the refusal was found.
    required_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
