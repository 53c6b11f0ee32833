/**
 * Token and authorization stores in a SQL database through plain JDBC, for applications that run several instances
 * against one database: {@link dev.corekit.jdbc.JdbcStores} configures both once, {@link
 * dev.corekit.jdbc.JdbcTokenStore} keeps each connection's tokens and serialises their refresh across processes with a
 * row lock, {@link dev.corekit.jdbc.JdbcAuthorizationStore} keeps started authorizations single-use across instances,
 * and {@link dev.corekit.jdbc.EncryptionKeys} encrypts their secrets at rest. PostgreSQL is the tested database; the
 * schema is {@code dev/corekit/jdbc/postgresql.sql} in this jar.
 */
@NullMarked
package dev.corekit.jdbc;

import org.jspecify.annotations.NullMarked;
