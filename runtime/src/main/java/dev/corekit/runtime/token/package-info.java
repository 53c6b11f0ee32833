/**
 * Where a connection's OAuth tokens are kept: {@link dev.corekit.runtime.token.TokenStore} (load, save, delete, and
 * {@code update} under the connection's refresh lock), {@link dev.corekit.runtime.token.TokenSet} (the tokens of one
 * grant, with their expiry, scopes and CORE API endpoint), and two stores: {@link
 * dev.corekit.runtime.token.InMemoryTokenStore} and {@link dev.corekit.runtime.token.FileTokenStore}, one file per
 * connection. A database store is in {@code corekit-jdbc}.
 */
@NullMarked
package dev.corekit.runtime.token;

import org.jspecify.annotations.NullMarked;
