package dev.corekit.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.auth.AuthorizationFlow;
import dev.corekit.runtime.auth.ClientCredentials;
import dev.corekit.runtime.auth.IdentityUri;
import dev.corekit.runtime.auth.OAuthEndpoints;
import dev.corekit.runtime.auth.OpenIdDiscovery;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.http.CoreDecoder;
import dev.corekit.runtime.http.CoreErrorDecoder;
import dev.corekit.runtime.http.CoreJson;
import dev.corekit.runtime.http.CoreRequestInterceptor;
import dev.corekit.runtime.http.CoreRetryer;
import dev.corekit.runtime.http.EndpointPolicy;
import dev.corekit.runtime.http.EndpointTarget;
import dev.corekit.runtime.http.NoOkHttpFollowUps;
import dev.corekit.runtime.http.RedactingLogger;
import dev.corekit.runtime.http.RetryEngine;
import dev.corekit.runtime.http.RetryPolicy;
import dev.corekit.runtime.http.Sleeper;
import dev.corekit.runtime.http.TypedErrorInvocationHandler;
import dev.corekit.runtime.http.UtcOffset;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenEndpointClient;
import dev.corekit.runtime.token.TokenManager;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import feign.Client;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.http2client.Http2Client;
import feign.jackson.JacksonEncoder;
import feign.okhttp.OkHttpClient;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One connected CORE company: its OAuth app settings, its tokens, and the clients of the generated {@code FooApi}
 * interfaces, which it builds once and caches ({@link #api(Class)}, thread-safe).
 *
 * <pre>{@code
 * CoreClient core = CoreClient.builder()
 *         .clientId("...")
 *         .clientSecret("...")                       // web apps only
 *         .redirectUri("https://app.example.com/callback")
 *         .scopes("readwrite:core", "offline_access")
 *         .tokenStore(new FileTokenStore(Path.of(".corekit")))
 *         .build();
 * AuthorizationRequest request = core.authorization().start();   // send the user to request.uri()
 * ...
 * core.authorization().complete(callbackUri);                     // on the redirect back
 * List<Activity> activities = core.api(ActivityApi.class).list(CoreQuery.all());
 * }</pre>
 *
 * Every call carries {@code Authorization: Bearer ...} and {@code X-UTC-OFFSET}, goes to the company's API base from
 * the token response (checked against the allowed hosts; a response without one is refused unless
 * {@link Builder#apiBase} is set), refreshes the token ahead of expiry and once on
 * {@code 401} or CORE's {@code 200 "Not authenticated"}, and retries as the {@link RetryPolicy} says.
 */
public final class CoreClient implements ApiProvider {
    /** CORE's identity server. */
    public static final URI DEFAULT_IDENTITY_SERVER = URI.create("https://api-identity.bqecore.com/idp");

    private static final Pattern CONNECTION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final String connection;
    private final String clientId;
    private final TokenEndpointClient tokenEndpoint;
    private final TokenManager tokens;
    private final AuthorizationFlow authorization;
    private final EndpointPolicy endpointPolicy;
    private final Feign feign;
    private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();

    private CoreClient(
            Builder builder,
            OAuthEndpoints oauthEndpoints,
            HttpClient identityHttp,
            URI redirectUri,
            EndpointPolicy endpointPolicy) {
        // Copied: the builder stays mutable after build().
        this.connection = builder.connection;
        this.clientId = builder.clientId;
        this.endpointPolicy = endpointPolicy;
        ClientCredentials credentials =
                new ClientCredentials(builder.clientId, builder.clientSecret, builder.clientAuthentication);
        // One retry engine, on the builder's clock and sleeper, for the identity server and the API alike.
        RetryEngine retries = new RetryEngine(builder.retryPolicy, builder.clock, builder.sleeper);
        this.tokenEndpoint =
                new TokenEndpointClient(oauthEndpoints, credentials, identityHttp, retries, endpointPolicy);
        this.tokens = new TokenManager(
                builder.connection, builder.tokenStore, tokenEndpoint, builder.clock, builder.refreshSkew);
        this.authorization = new AuthorizationFlow(
                credentials,
                redirectUri.toString(),
                java.util.Collections.unmodifiableSet(new LinkedHashSet<>(builder.scopes)),
                builder.pkce,
                builder.clock,
                Duration.ofMinutes(10),
                tokenEndpoint,
                tokens);
        ObjectMapper mapper = builder.objectMapper != null ? builder.objectMapper : CoreJson.mapper();
        this.feign = Feign.builder()
                .client(feignClient(builder))
                .options(new Request.Options(
                        builder.connectTimeout.toMillis(),
                        TimeUnit.MILLISECONDS,
                        builder.readTimeout.toMillis(),
                        TimeUnit.MILLISECONDS,
                        false))
                .encoder(new JacksonEncoder(mapper))
                .decoder(new CoreDecoder(mapper))
                .decodeVoid()
                .errorDecoder(new CoreErrorDecoder(builder.clock))
                // corekit's retry rules run around Feign's method handlers; Feign itself never sends again.
                .retryer(Retryer.NEVER_RETRY)
                .invocationHandlerFactory(TypedErrorInvocationHandler.factory(new CoreRetryer(retries, tokens)))
                .requestInterceptor(new CoreRequestInterceptor(tokens, builder.utcOffset, builder.clock))
                .logger(new RedactingLogger())
                .logLevel(builder.logLevel)
                .build();
    }

    /** The Feign client the builder chose: the given one, the JDK's, or the default. */
    private static Client feignClient(Builder builder) {
        if (builder.httpClient != null) {
            return builder.httpClient;
        }
        if (builder.useJdkClient) {
            // Feign's Http2Client builds a client of its own unless redirects and connect timeout match its
            // options, so they are set alike. HTTP/2 only over TLS: over plain http the JDK would offer h2c.
            return new Http2Client(HttpClient.newBuilder()
                    .version(builder.insecureLoopback ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(builder.connectTimeout)
                    .build());
        }
        return defaultClient(builder);
    }

    /** The default HTTP client: OkHttp, the fastest measured, with redirects off. */
    private static Client defaultClient(Builder builder) {
        return new OkHttpClient(NoOkHttpFollowUps.install(new okhttp3.OkHttpClient.Builder())
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .followRedirects(false)
                .followSslRedirects(false)
                // corekit's retryer decides what is sent again; OkHttp would resend a POST on a dropped connection.
                .retryOnConnectionFailure(false)
                .build());
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The client of a generated {@code FooApi} interface, built on first use and cached; thread-safe.
     *
     * @throws CoreConfigurationException when {@code apiType} is not an interface
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T api(Class<T> apiType) {
        Objects.requireNonNull(apiType, "apiType");
        if (!apiType.isInterface()) {
            throw new CoreConfigurationException("apiType", apiType.getName() + " is not a generated FooApi interface");
        }
        return (T) apis.computeIfAbsent(apiType, this::newApi);
    }

    private Object newApi(Class<?> type) {
        try {
            return feign.newInstance(new EndpointTarget<>(type, tokens, endpointPolicy));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new CoreConfigurationException(
                    "apiType", type.getName() + " is not a generated FooApi interface: " + e.getMessage());
        }
    }

    /** The OAuth authorization-code flow of this connection: authorize URL, callback, code exchange. */
    public AuthorizationFlow authorization() {
        return authorization;
    }

    /** The tokens of this connection. */
    public TokenManager tokens() {
        return tokens;
    }

    /** The name this connection's tokens are stored under. */
    public String connection() {
        return connection;
    }

    /** Whether tokens are stored for this connection (a run may skip the login then). */
    public boolean isAuthorized() {
        return tokens.stored().isPresent();
    }

    /**
     * The user's claims from the identity server's userinfo endpoint (needs the {@code openid} scope).
     *
     * @throws CoreConfigurationException when the identity server has no userinfo endpoint
     */
    public JsonNode userInfo() {
        return tokenEndpoint.userInfo(tokens.current().accessToken());
    }

    /**
     * Revokes the refresh token (or, without one, the access token) at the identity server and forgets the stored
     * tokens: the next call needs a new authorization.
     *
     * @throws CoreConfigurationException when the identity server has no revocation endpoint (nothing is forgotten)
     */
    public void revoke() {
        TokenSet current = tokens.stored().orElse(null);
        if (current != null) {
            if (current.refreshToken() != null) {
                tokenEndpoint.revoke(current.refreshToken(), "refresh_token");
            } else {
                tokenEndpoint.revoke(current.accessToken(), "access_token");
            }
        }
        tokens.clear();
    }

    @Override
    public String toString() {
        return "CoreClient{connection=" + connection + ", clientId=" + clientId + ", " + tokenEndpoint.endpoints()
                + ", " + endpointPolicy + "}";
    }

    /**
     * Configures a {@link CoreClient}. Required: {@link #clientId}, {@link #redirectUri} and {@link #scopes}; every
     * other setting has a default. {@link #build()} checks everything and names the setting that is wrong.
     */
    public static final class Builder {
        private String clientId;
        private String clientSecret;
        private ClientCredentials.Method clientAuthentication = ClientCredentials.Method.BODY;
        private String redirectUri;
        private final List<String> scopes = new ArrayList<>();
        private String identityServer = DEFAULT_IDENTITY_SERVER.toString();
        private String issuer;
        private String authorizationEndpoint;
        private String tokenEndpoint;
        private String revocationEndpoint;
        private String userInfoEndpoint;
        private String apiBase;
        private UtcOffset utcOffset = UtcOffset.systemZone();
        private TokenStore tokenStore = new InMemoryTokenStore();
        private String connection = "default";
        private Client httpClient;
        private Logger.Level logLevel = Logger.Level.NONE;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private final List<String> allowedHosts = new ArrayList<>(List.of(EndpointPolicy.DEFAULT_DOMAIN));
        private boolean insecureLoopback;
        private boolean pkce = true;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private Duration refreshSkew = Duration.ofSeconds(60);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private ObjectMapper objectMapper;

        private Builder() {}

        /** The app's client id from CORE's developer portal. Required. */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /** The client secret of a web app; native and single-page apps have none (and use PKCE). */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /** Sends the client credentials as HTTP Basic instead of in the form body (CORE's documented way). */
        public Builder clientAuthentication(ClientCredentials.Method method) {
            this.clientAuthentication = method;
            return this;
        }

        /** The redirect URI registered for the app, exactly as registered. Required. */
        public Builder redirectUri(String redirectUri) {
            this.redirectUri = redirectUri;
            return this;
        }

        /** The scopes to request, e.g. {@code readwrite:core offline_access}. Required. */
        public Builder scopes(String... scopes) {
            return scopes(Arrays.asList(scopes));
        }

        public Builder scopes(List<String> scopes) {
            this.scopes.clear();
            this.scopes.addAll(scopes);
            return this;
        }

        /**
         * The identity server's base, under which CORE's endpoints lie ({@code /connect/authorize},
         * {@code /connect/token}, {@code /connect/revocation}, {@code /connect/userinfo}); default
         * {@code https://api-identity.bqecore.com/idp}. With {@link #discover}, still checked but not called.
         */
        public Builder identityServer(String identityServer) {
            this.identityServer = identityServer;
            return this;
        }

        /**
         * Reads the OAuth endpoints from the OpenID Connect discovery document of {@code issuer}
         * ({@code {issuer}/.well-known/openid-configuration}), instead of CORE's layout under
         * {@link #identityServer}. {@link #build()} fetches the document, once; its {@code issuer} must be identical to
         * {@code issuer}, and every endpoint https (or loopback http with {@link #allowInsecureLoopback()}). Endpoints
         * set one by one replace the discovered ones.
         */
        public Builder discover(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** The authorization endpoint the browser is sent to; default {@code {identityServer}/connect/authorize}. */
        public Builder authorizationEndpoint(String endpoint) {
            this.authorizationEndpoint = endpoint;
            return this;
        }

        /** The token endpoint; default {@code {identityServer}/connect/token}. */
        public Builder tokenEndpoint(String endpoint) {
            this.tokenEndpoint = endpoint;
            return this;
        }

        /** The revocation endpoint (RFC 7009) of {@link CoreClient#revoke()}; default {@code .../connect/revocation}. */
        public Builder revocationEndpoint(String endpoint) {
            this.revocationEndpoint = endpoint;
            return this;
        }

        /** The userinfo endpoint of {@link CoreClient#userInfo()}; default {@code {identityServer}/connect/userinfo}. */
        public Builder userInfoEndpoint(String endpoint) {
            this.userInfoEndpoint = endpoint;
            return this;
        }

        /**
         * The API base for tokens whose response names no {@code endpoint} (absent, {@code null} or empty), e.g. a
         * standard OAuth server's: without it such tokens are refused. A response that names an endpoint is always
         * called there, and refused if the endpoint is not allowed: this is a fallback, not an override. Checked at
         * {@link #build()} like an endpoint (https, an {@link #allowedHosts allowed host}), except that it may name a
         * port.
         */
        public Builder apiBase(String apiBase) {
            this.apiBase = apiBase;
            return this;
        }

        /** {@code X-UTC-OFFSET} from {@code zone} at each request's instant; default: the system zone. */
        public Builder utcOffset(ZoneId zone) {
            this.utcOffset = UtcOffset.of(zone);
            return this;
        }

        /** A fixed {@code X-UTC-OFFSET}. */
        public Builder utcOffset(ZoneOffset offset) {
            this.utcOffset = UtcOffset.fixed(offset);
            return this;
        }

        /** No {@code X-UTC-OFFSET} header (CORE then assumes Pacific Standard Time). */
        public Builder noUtcOffset() {
            this.utcOffset = UtcOffset.none();
            return this;
        }

        /** Where tokens are kept; default in memory. */
        public Builder tokenStore(TokenStore tokenStore) {
            this.tokenStore = tokenStore;
            return this;
        }

        /** The name this connection's tokens are stored under; default {@code default}. */
        public Builder connection(String connection) {
            this.connection = connection;
            return this;
        }

        /** The Feign HTTP client; default OkHttp. */
        public Builder httpClient(Client client) {
            this.httpClient = client;
            this.useJdkClient = false;
            return this;
        }

        /** Uses the JDK's {@code java.net.http} client instead of OkHttp. */
        public Builder jdkHttpClient() {
            this.httpClient = null;
            this.useJdkClient = true;
            return this;
        }

        private boolean useJdkClient;

        /** Feign's log level (through SLF4J, secrets redacted); default {@code NONE}. */
        public Builder logLevel(Logger.Level level) {
            this.logLevel = level;
            return this;
        }

        /** How calls and token requests are retried; default {@link RetryPolicy#defaults()}. */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = policy;
            return this;
        }

        /** The domains whose hosts may receive the access token; default {@code bqecore.com}. */
        public Builder allowedHosts(String... domains) {
            this.allowedHosts.clear();
            this.allowedHosts.addAll(Arrays.asList(domains));
            return this;
        }

        /**
         * Allows plain http to loopback hosts (127.0.0.1, ::1, localhost), for the identity server and the API: for the
         * corekit sandbox and tests only.
         */
        public Builder allowInsecureLoopback() {
            this.insecureLoopback = true;
            return this;
        }

        /** PKCE (S256) on authorize requests; on by default. */
        public Builder pkce(boolean enabled) {
            this.pkce = enabled;
            return this;
        }

        /**
         * The clock for token expiry, {@code X-UTC-OFFSET}, {@code Retry-After} dates and the retry deadline; default
         * the system's, in UTC.
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * How corekit waits between attempts; default {@link Sleeper#system()}. Tests give one that advances their
         * {@link #clock(Clock)}, so retries take no real time.
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** How long before expiry a token is refreshed; default 60 s. */
        public Builder refreshSkew(Duration skew) {
            this.refreshSkew = skew;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /** The mapper for request and response bodies; default {@link CoreJson#mapper()}. */
        public Builder objectMapper(ObjectMapper mapper) {
            this.objectMapper = mapper;
            return this;
        }

        /**
         * Checks the settings and builds the client. Sends no request, unless {@link #discover} was set: then it reads
         * the discovery document.
         *
         * @throws CoreConfigurationException naming the first setting that is missing or invalid (for a discovery
         *     document that is wrong: {@code discover}, and the document's field)
         * @throws dev.corekit.runtime.error.CoreTransportException when the discovery document could not be fetched
         */
        public CoreClient build() {
            if (clientId == null || clientId.isBlank()) {
                throw new CoreConfigurationException("clientId", "is required");
            }
            if (clientSecret != null && clientSecret.isBlank()) {
                throw new CoreConfigurationException("clientSecret", "is blank; leave it unset for a native app");
            }
            if (clientAuthentication == null) {
                throw new CoreConfigurationException("clientAuthentication", "is required");
            }
            URI redirect = absolute("redirectUri", redirectUri);
            if (redirect.getRawFragment() != null) {
                throw new CoreConfigurationException("redirectUri", "must not have a fragment");
            }
            if (scopes.isEmpty() || scopes.stream().anyMatch(s -> s == null || s.isBlank() || s.contains(" "))) {
                throw new CoreConfigurationException(
                        "scopes", "give one or more scopes, e.g. readwrite:core offline_access");
            }
            URI identity = IdentityUri.check("identityServer", null, identityServer, insecureLoopback);
            if (identity.getRawQuery() != null) {
                throw new CoreConfigurationException("identityServer", "must not have a query");
            }
            nonNull("utcOffset", utcOffset);
            nonNull("tokenStore", tokenStore);
            nonNull("logLevel", logLevel);
            nonNull("retryPolicy", retryPolicy);
            nonNull("clock", clock);
            nonNull("sleeper", sleeper);
            if (connection == null || !CONNECTION.matcher(connection).matches()) {
                throw new CoreConfigurationException(
                        "connection", "'" + connection + "' must be letters, digits, '.', '_' or '-' (at most 128)");
            }
            positive("refreshSkew", refreshSkew, true);
            positive("connectTimeout", connectTimeout, false);
            positive("readTimeout", readTimeout, false);
            Set<String> domains = new LinkedHashSet<>();
            for (String host : allowedHosts) {
                domains.add(nonNull("allowedHosts", host).toLowerCase(Locale.ROOT));
            }
            EndpointPolicy policy = new EndpointPolicy(List.copyOf(domains), insecureLoopback, apiBase);
            // With allowInsecureLoopback() the identity server may be plain http, where an HTTP/2 client offers h2c.
            HttpClient identityHttp = HttpClient.newBuilder()
                    .version(insecureLoopback ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(connectTimeout)
                    .build();
            OAuthEndpoints endpoints = issuer != null
                    ? new OpenIdDiscovery(identityHttp, insecureLoopback).read(issuer)
                    : OAuthEndpoints.core(identity);
            endpoints = endpoints.with(
                    endpoint("authorizationEndpoint", authorizationEndpoint),
                    endpoint("tokenEndpoint", tokenEndpoint),
                    endpoint("revocationEndpoint", revocationEndpoint),
                    endpoint("userInfoEndpoint", userInfoEndpoint));
            return new CoreClient(this, endpoints, identityHttp, redirect, policy);
        }

        private URI endpoint(String setting, String value) {
            return value == null ? null : IdentityUri.check(setting, null, value, insecureLoopback);
        }

        private static URI absolute(String setting, String value) {
            if (value == null || value.isBlank()) {
                throw new CoreConfigurationException(setting, "is required");
            }
            try {
                URI uri = new URI(value);
                if (!uri.isAbsolute()) {
                    throw new CoreConfigurationException(setting, "must be an absolute URI, was '" + value + "'");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new CoreConfigurationException(setting, "is not a valid URI: '" + value + "'");
            }
        }

        private static <T> T nonNull(String setting, T value) {
            if (value == null) {
                throw new CoreConfigurationException(setting, "must not be null");
            }
            return value;
        }

        private static void positive(String setting, Duration value, boolean zeroAllowed) {
            if (value == null || value.isNegative() || (!zeroAllowed && value.isZero())) {
                throw new CoreConfigurationException(
                        setting, "must be " + (zeroAllowed ? "zero or more" : "positive") + ", was " + value);
            }
        }
    }
}
