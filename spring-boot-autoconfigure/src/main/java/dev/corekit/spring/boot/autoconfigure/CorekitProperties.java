package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.runtime.auth.ClientAuthentication;
import feign.Logger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code corekit.*} properties of the {@code CoreApp} and its stores ({@code corekit.web.*} and
 * {@code corekit.health.*} have classes of their own). Checked when the beans are built: a wrong value stops the
 * start-up with a {@link CorekitPropertiesException} naming the property.
 */
@ConfigurationProperties("corekit")
public class CorekitProperties {
    /** The app's client id, from CORE's developer portal. Required. */
    private @Nullable String clientId;

    /**
     * The app's client secret (a web app's; a native app has none and relies on PKCE). Keep it out of files: set it
     * from the environment or a secret store.
     */
    private @Nullable String clientSecret;

    /**
     * The redirect URI registered for the app, exactly as registered: an absolute http or https URI whose path is the
     * login controller's callback. Required.
     */
    private @Nullable String redirectUri;

    /** The scopes the login asks for. */
    private List<String> scopes = new ArrayList<>(List.of("readwrite:core", "offline_access"));

    /**
     * The identity server's base, under which its /connect/authorize and /connect/token lie; unset: CORE's,
     * https://api-identity.bqecore.com/idp.
     */
    private @Nullable String identityServer;

    /**
     * The API base for tokens whose response names no endpoint (a standard OAuth server's); unset: such tokens are
     * refused. Never overrides the endpoint a token response names.
     */
    private @Nullable String apiBase;

    /** The domains whose hosts may receive the access token (the API endpoint a token names must be in one). */
    private List<String> allowedHosts = new ArrayList<>(List.of("bqecore.com"));

    /**
     * Whether plain http to loopback hosts (127.0.0.1, ::1, localhost) is allowed for the identity server and the API:
     * for the corekit sandbox and tests only.
     */
    private boolean allowInsecureLoopback;

    /** How the client id and secret are sent to the token endpoint: in the form body (CORE's way) or as HTTP Basic. */
    private ClientAuthentication clientAuthentication = ClientAuthentication.BODY;

    /** Whether authorize requests carry PKCE (S256). */
    private boolean pkce = true;

    /**
     * A fixed X-UTC-OFFSET sent with every API call, e.g. +02:00; exclusive with time-zone. Neither set: the offset of
     * the JVM's zone at each call.
     */
    private @Nullable ZoneOffset utcOffset;

    /**
     * The zone whose offset at each call's instant is sent as X-UTC-OFFSET, e.g. Europe/Berlin; exclusive with
     * utc-offset. Neither set: the JVM's zone.
     */
    private @Nullable ZoneId timeZone;

    /** How long connecting to CORE or the identity server may take. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** How long an answer of CORE or the identity server may take to arrive. */
    private Duration readTimeout = Duration.ofSeconds(60);

    /** How long before its expiry an access token is refreshed. */
    private Duration refreshSkew = Duration.ofSeconds(60);

    /** How long a started login accepts its callback. */
    private Duration pendingLifetime = Duration.ofMinutes(10);

    /** Feign's log level for API calls (through SLF4J, secrets redacted). */
    private Logger.Level logLevel = Logger.Level.NONE;

    /**
     * The HTTP client of the API calls: okhttp (the start-up fails without its jars) or jdk (java.net.http); unset:
     * OkHttp when it is on the class path, else the JDK's.
     */
    private @Nullable HttpClientType httpClient;

    /**
     * How many idle connections to CORE corekit's OkHttp client keeps for reuse, for all companies together; unset:
     * 64. Only with OkHttp.
     */
    private @Nullable Integer maxIdleConnections;

    /** How calls and token requests are retried. */
    private final Retry retry = new Retry();

    /** Where tokens and started logins are kept. */
    private final Store store = new Store();

    /** The properties at their defaults, before binding. */
    public CorekitProperties() {}

    /** {@return the client id} */
    public @Nullable String getClientId() {
        return clientId;
    }

    /**
     * Sets the client id.
     *
     * @param clientId the client id
     */
    public void setClientId(@Nullable String clientId) {
        this.clientId = clientId;
    }

    /** {@return the client secret} */
    public @Nullable String getClientSecret() {
        return clientSecret;
    }

    /**
     * Sets the client secret.
     *
     * @param clientSecret the client secret
     */
    public void setClientSecret(@Nullable String clientSecret) {
        this.clientSecret = clientSecret;
    }

    /** {@return the redirect URI} */
    public @Nullable String getRedirectUri() {
        return redirectUri;
    }

    /**
     * Sets the redirect URI.
     *
     * @param redirectUri the redirect URI
     */
    public void setRedirectUri(@Nullable String redirectUri) {
        this.redirectUri = redirectUri;
    }

    /** {@return the scopes} */
    public List<String> getScopes() {
        return scopes;
    }

    /**
     * Sets the scopes.
     *
     * @param scopes the scopes
     */
    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    /** {@return the identity server, or null for CORE's} */
    public @Nullable String getIdentityServer() {
        return identityServer;
    }

    /**
     * Sets the identity server.
     *
     * @param identityServer the identity server's base
     */
    public void setIdentityServer(@Nullable String identityServer) {
        this.identityServer = identityServer;
    }

    /** {@return the fallback API base, or null} */
    public @Nullable String getApiBase() {
        return apiBase;
    }

    /**
     * Sets the fallback API base.
     *
     * @param apiBase the API base
     */
    public void setApiBase(@Nullable String apiBase) {
        this.apiBase = apiBase;
    }

    /** {@return the allowed domains} */
    public List<String> getAllowedHosts() {
        return allowedHosts;
    }

    /**
     * Sets the allowed domains.
     *
     * @param allowedHosts the domains
     */
    public void setAllowedHosts(List<String> allowedHosts) {
        this.allowedHosts = allowedHosts;
    }

    /** {@return whether plain http to loopback hosts is allowed} */
    public boolean isAllowInsecureLoopback() {
        return allowInsecureLoopback;
    }

    /**
     * Sets whether plain http to loopback hosts is allowed.
     *
     * @param allowInsecureLoopback whether it is
     */
    public void setAllowInsecureLoopback(boolean allowInsecureLoopback) {
        this.allowInsecureLoopback = allowInsecureLoopback;
    }

    /** {@return how the client credentials are sent} */
    public ClientAuthentication getClientAuthentication() {
        return clientAuthentication;
    }

    /**
     * Sets how the client credentials are sent.
     *
     * @param clientAuthentication the method
     */
    public void setClientAuthentication(ClientAuthentication clientAuthentication) {
        this.clientAuthentication = clientAuthentication;
    }

    /** {@return whether PKCE is on} */
    public boolean isPkce() {
        return pkce;
    }

    /**
     * Sets whether PKCE is on.
     *
     * @param pkce whether it is
     */
    public void setPkce(boolean pkce) {
        this.pkce = pkce;
    }

    /** {@return the fixed UTC offset, or null} */
    public @Nullable ZoneOffset getUtcOffset() {
        return utcOffset;
    }

    /**
     * Sets the fixed UTC offset.
     *
     * @param utcOffset the offset
     */
    public void setUtcOffset(@Nullable ZoneOffset utcOffset) {
        this.utcOffset = utcOffset;
    }

    /** {@return the time zone, or null} */
    public @Nullable ZoneId getTimeZone() {
        return timeZone;
    }

    /**
     * Sets the time zone.
     *
     * @param timeZone the zone
     */
    public void setTimeZone(@Nullable ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    /** {@return the connect timeout} */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Sets the connect timeout.
     *
     * @param connectTimeout the timeout
     */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** {@return the read timeout} */
    public Duration getReadTimeout() {
        return readTimeout;
    }

    /**
     * Sets the read timeout.
     *
     * @param readTimeout the timeout
     */
    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /** {@return the refresh skew} */
    public Duration getRefreshSkew() {
        return refreshSkew;
    }

    /**
     * Sets the refresh skew.
     *
     * @param refreshSkew the skew
     */
    public void setRefreshSkew(Duration refreshSkew) {
        this.refreshSkew = refreshSkew;
    }

    /** {@return how long a started login accepts its callback} */
    public Duration getPendingLifetime() {
        return pendingLifetime;
    }

    /**
     * Sets how long a started login accepts its callback.
     *
     * @param pendingLifetime the lifetime
     */
    public void setPendingLifetime(Duration pendingLifetime) {
        this.pendingLifetime = pendingLifetime;
    }

    /** {@return Feign's log level} */
    public Logger.Level getLogLevel() {
        return logLevel;
    }

    /**
     * Sets Feign's log level.
     *
     * @param logLevel the level
     */
    public void setLogLevel(Logger.Level logLevel) {
        this.logLevel = logLevel;
    }

    /** {@return the HTTP client, or null for the default} */
    public @Nullable HttpClientType getHttpClient() {
        return httpClient;
    }

    /**
     * Sets the HTTP client.
     *
     * @param httpClient the client
     */
    public void setHttpClient(@Nullable HttpClientType httpClient) {
        this.httpClient = httpClient;
    }

    /** {@return the size of OkHttp's idle pool, or null for the default} */
    public @Nullable Integer getMaxIdleConnections() {
        return maxIdleConnections;
    }

    /**
     * Sets the size of OkHttp's idle pool.
     *
     * @param maxIdleConnections the count
     */
    public void setMaxIdleConnections(@Nullable Integer maxIdleConnections) {
        this.maxIdleConnections = maxIdleConnections;
    }

    /** {@return the retry settings} */
    public Retry getRetry() {
        return retry;
    }

    /** {@return the store settings} */
    public Store getStore() {
        return store;
    }

    /** The HTTP client of the API calls. */
    public enum HttpClientType {
        /** OkHttp, corekit's default (its jars must be on the class path). */
        OKHTTP,
        /** The JDK's java.net.http client. */
        JDK
    }

    /** Where tokens and started logins are kept. */
    public enum StoreType {
        /**
         * JDBC when the application has one DataSource (or a primary one), of PostgreSQL, and corekit-jdbc is on the
         * class path, else file.
         */
        AUTO,
        /** The application's PostgreSQL DataSource, through corekit-jdbc: shared by every instance. */
        JDBC,
        /** Tokens in files of one directory, started logins in memory: one instance, or a shared directory. */
        FILE,
        /** Both in memory: gone when the process ends. */
        MEMORY
    }

    /** When corekit creates its tables. */
    public enum InitializeSchema {
        /** At every start-up (idempotent). */
        ALWAYS,
        /**
         * Only when the DataSource is an embedded database (H2, HSQL, Derby); PostgreSQL never is, so there the
         * start-up checks that the tables exist, as with {@link #NEVER}.
         */
        EMBEDDED,
        /** Never: the application's migrations create them; the start-up checks that they exist. */
        NEVER
    }

    /** How calls and token requests are retried ({@code corekit.retry.*}). */
    public static class Retry {
        /** How many attempts a call gets in all, the first one included (1 to 20). */
        private int maxAttempts = 4;

        /** The wait before the first retry, doubling with each further one (with full jitter). */
        private Duration baseDelay = Duration.ofMillis(200);

        /** The longest wait between two attempts. */
        private Duration maxDelay = Duration.ofSeconds(5);

        /** The longest Retry-After that is waited for; a longer one ends the call. */
        private Duration maxRetryAfter = Duration.ofSeconds(30);

        /** How long a call may take in all, its retries and waits included. */
        private Duration deadline = Duration.ofSeconds(60);

        /** Whether POST and PATCH calls are retried too (they may not be idempotent). */
        private boolean retryPosts;

        /** The settings at their defaults, before binding. */
        public Retry() {}

        /** {@return the number of attempts} */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /**
         * Sets the number of attempts.
         *
         * @param maxAttempts the number
         */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** {@return the first wait} */
        public Duration getBaseDelay() {
            return baseDelay;
        }

        /**
         * Sets the first wait.
         *
         * @param baseDelay the wait
         */
        public void setBaseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
        }

        /** {@return the longest wait} */
        public Duration getMaxDelay() {
            return maxDelay;
        }

        /**
         * Sets the longest wait.
         *
         * @param maxDelay the wait
         */
        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        /** {@return the longest Retry-After waited for} */
        public Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        /**
         * Sets the longest Retry-After waited for.
         *
         * @param maxRetryAfter the wait
         */
        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }

        /** {@return the deadline of a call} */
        public Duration getDeadline() {
            return deadline;
        }

        /**
         * Sets the deadline of a call.
         *
         * @param deadline the deadline
         */
        public void setDeadline(Duration deadline) {
            this.deadline = deadline;
        }

        /** {@return whether POST and PATCH are retried} */
        public boolean isRetryPosts() {
            return retryPosts;
        }

        /**
         * Sets whether POST and PATCH are retried.
         *
         * @param retryPosts whether they are
         */
        public void setRetryPosts(boolean retryPosts) {
            this.retryPosts = retryPosts;
        }
    }

    /** Where tokens and started logins are kept ({@code corekit.store.*}). */
    public static class Store {
        /**
         * Which store: auto (jdbc when the application has one DataSource, or a primary one, of PostgreSQL and
         * corekit-jdbc is on the class path, else file), jdbc, file or memory.
         */
        private StoreType type = StoreType.AUTO;

        /** The file store's settings. */
        private final File file = new File();

        /** The JDBC store's settings. */
        private final Jdbc jdbc = new Jdbc();

        /** The settings at their defaults, before binding. */
        public Store() {}

        /** {@return the store type} */
        public StoreType getType() {
            return type;
        }

        /**
         * Sets the store type.
         *
         * @param type the type
         */
        public void setType(StoreType type) {
            this.type = type;
        }

        /** {@return the file store's settings} */
        public File getFile() {
            return file;
        }

        /** {@return the JDBC store's settings} */
        public Jdbc getJdbc() {
            return jdbc;
        }
    }

    /**
     * The file store ({@code corekit.store.file.*}): tokens in one file per connection; started logins stay in the
     * memory of the instance that started them.
     */
    public static class File {
        /** The directory of the token files; unset: .corekit/tokens in the user's home directory. */
        private @Nullable Path directory;

        /** The settings at their defaults, before binding. */
        public File() {}

        /** {@return the directory, or null for the default} */
        public @Nullable Path getDirectory() {
            return directory;
        }

        /**
         * Sets the directory.
         *
         * @param directory the directory
         */
        public void setDirectory(@Nullable Path directory) {
            this.directory = directory;
        }
    }

    /** The JDBC store on the application's DataSource ({@code corekit.store.jdbc.*}). */
    public static class Jdbc {
        /** The prefix of corekit's table names (letters, digits and '_'). */
        private String tablePrefix = "corekit_";

        /**
         * When corekit creates its tables: always, embedded (only in an embedded database) or never; when it does not,
         * the start-up checks that they exist.
         */
        private InitializeSchema initializeSchema = InitializeSchema.EMBEDDED;

        /** The encryption of tokens and PKCE verifiers at rest (AES-GCM); unset: stored in clear. */
        private final Encryption encryption = new Encryption();

        /** Whether rows stored in clear are refused (set it once every row was re-encrypted). */
        private boolean requireEncryption;

        /** How long a refresh waits for another instance's lock on the same connection. */
        private Duration lockTimeout = Duration.ofSeconds(30);

        /**
         * How long an expired access token's row is kept when it was not written for that long (deleteExpired); unset:
         * rows with a refresh token are kept.
         */
        private @Nullable Duration refreshTokenLifetime;

        /** How long an expired started login is remembered (to tell a late callback EXPIRED) before deleteExpired. */
        private Duration authorizationRetention = Duration.ofHours(1);

        /** The settings at their defaults, before binding. */
        public Jdbc() {}

        /** {@return the table prefix} */
        public String getTablePrefix() {
            return tablePrefix;
        }

        /**
         * Sets the table prefix.
         *
         * @param tablePrefix the prefix
         */
        public void setTablePrefix(String tablePrefix) {
            this.tablePrefix = tablePrefix;
        }

        /** {@return when the schema is created} */
        public InitializeSchema getInitializeSchema() {
            return initializeSchema;
        }

        /**
         * Sets when the schema is created.
         *
         * @param initializeSchema when
         */
        public void setInitializeSchema(InitializeSchema initializeSchema) {
            this.initializeSchema = initializeSchema;
        }

        /** {@return the encryption settings} */
        public Encryption getEncryption() {
            return encryption;
        }

        /** {@return whether rows in clear are refused} */
        public boolean isRequireEncryption() {
            return requireEncryption;
        }

        /**
         * Sets whether rows in clear are refused.
         *
         * @param requireEncryption whether they are
         */
        public void setRequireEncryption(boolean requireEncryption) {
            this.requireEncryption = requireEncryption;
        }

        /** {@return the lock timeout} */
        public Duration getLockTimeout() {
            return lockTimeout;
        }

        /**
         * Sets the lock timeout.
         *
         * @param lockTimeout the timeout
         */
        public void setLockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
        }

        /** {@return the refresh token lifetime, or null} */
        public @Nullable Duration getRefreshTokenLifetime() {
            return refreshTokenLifetime;
        }

        /**
         * Sets the refresh token lifetime.
         *
         * @param refreshTokenLifetime the lifetime
         */
        public void setRefreshTokenLifetime(@Nullable Duration refreshTokenLifetime) {
            this.refreshTokenLifetime = refreshTokenLifetime;
        }

        /** {@return how long expired started logins are remembered} */
        public Duration getAuthorizationRetention() {
            return authorizationRetention;
        }

        /**
         * Sets how long expired started logins are remembered.
         *
         * @param authorizationRetention the retention
         */
        public void setAuthorizationRetention(Duration authorizationRetention) {
            this.authorizationRetention = authorizationRetention;
        }
    }

    /** The encryption at rest of the JDBC store ({@code corekit.store.jdbc.encryption.*}). */
    public static class Encryption {
        /** The id of the current key, stored with every row it encrypts, e.g. 2026-12. Required with key. */
        private @Nullable String keyId;

        /**
         * The current AES key, base64 (16, 24 or 32 bytes once decoded), from a secret store. Required with key-id.
         */
        private @Nullable String key;

        /** Retired keys, by key id (base64 AES keys): rows under them still decrypt until re-encrypted. */
        private Map<String, String> retired = new LinkedHashMap<>();

        /** The settings at their defaults, before binding. */
        public Encryption() {}

        /** {@return the current key id, or null} */
        public @Nullable String getKeyId() {
            return keyId;
        }

        /**
         * Sets the current key id.
         *
         * @param keyId the id
         */
        public void setKeyId(@Nullable String keyId) {
            this.keyId = keyId;
        }

        /** {@return the current key, base64, or null} */
        public @Nullable String getKey() {
            return key;
        }

        /**
         * Sets the current key.
         *
         * @param key the key, base64
         */
        public void setKey(@Nullable String key) {
            this.key = key;
        }

        /** {@return the retired keys by id} */
        public Map<String, String> getRetired() {
            return retired;
        }

        /**
         * Sets the retired keys.
         *
         * @param retired the keys by id, base64
         */
        public void setRetired(Map<String, String> retired) {
            this.retired = retired;
        }

        @Override
        public String toString() {
            return "Encryption{keyId=" + keyId + ", key=" + (key == null ? "unset" : "***") + ", retired="
                    + retired.keySet() + "}";
        }
    }

    private @Nullable String shownRedirectUri() {
        if (redirectUri == null) {
            return null;
        }
        String shown = CoreAppFactory.withoutUserInfo(redirectUri);
        return shown == null ? "(not a URI)" : shown;
    }

    @Override
    public String toString() {
        return "CorekitProperties{clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "unset" : "***")
                + ", redirectUri=" + shownRedirectUri() + ", identityServer=" + identityServer + ", store="
                + store.type + "}";
    }
}
