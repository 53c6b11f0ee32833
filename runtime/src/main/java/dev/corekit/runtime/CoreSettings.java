package dev.corekit.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.auth.ClientAuthentication;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.internal.http.EndpointPolicy;
import dev.corekit.runtime.internal.http.UtcOffset;
import dev.corekit.runtime.metrics.CoreMetrics;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenStore;
import feign.Capability;
import feign.Client;
import feign.Logger;
import feign.RequestInterceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The settings an app gives once, shared by {@link CoreClient.Builder} and {@link CoreApp.Builder}: the OAuth app,
 * the identity server, the HTTP stack, retries, stores and clock. Required: {@link #clientId}, {@link #redirectUri}
 * and {@link #scopes}; every other setting has a default. The builders check everything when they build and name the
 * setting that is wrong.
 *
 * @param <B> the builder's own type, returned by every setter
 */
public abstract class CoreSettings<B extends CoreSettings<B>> {
    @Nullable
    String clientId;

    @Nullable
    String clientSecret;

    ClientAuthentication clientAuthentication = ClientAuthentication.BODY;

    @Nullable
    String redirectUri;

    final List<String> scopes = new ArrayList<>();
    String identityServer = CoreClient.DEFAULT_IDENTITY_SERVER.toString();

    @Nullable
    String issuer;

    @Nullable
    String authorizationEndpoint;

    @Nullable
    String tokenEndpoint;

    @Nullable
    String revocationEndpoint;

    @Nullable
    String userInfoEndpoint;

    @Nullable
    String apiBase;

    UtcOffset utcOffset = UtcOffset.systemZone();
    TokenStore tokenStore = new InMemoryTokenStore();

    @Nullable
    AuthorizationStore authorizationStore;

    Duration pendingLifetime = Duration.ofMinutes(10);

    @Nullable
    Client httpClient;

    boolean useJdkClient;
    /** Unset: 64 on corekit's own OkHttp client. */
    @Nullable
    Integer maxIdleConnections;

    Logger.Level logLevel = Logger.Level.NONE;
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    final List<String> allowedHosts = new ArrayList<>(List.of(EndpointPolicy.DEFAULT_DOMAIN));
    boolean insecureLoopback;
    boolean pkce = true;
    Clock clock = Clock.systemUTC();
    Sleeper sleeper = Sleeper.system();
    Duration refreshSkew = Duration.ofSeconds(60);
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration readTimeout = Duration.ofSeconds(60);

    @Nullable
    ObjectMapper objectMapper;

    CoreMetrics metrics = CoreMetrics.none();
    final List<Capability> capabilities = new ArrayList<>();
    final List<RequestInterceptor> requestInterceptors = new ArrayList<>();

    /** Only corekit's builders extend this class. */
    CoreSettings() {}

    /** This builder, typed as itself. */
    abstract B self();

    /**
     * The app's client id from CORE's developer portal. Required.
     *
     * @param clientId the client id
     * @return this builder
     */
    public B clientId(String clientId) {
        this.clientId = clientId;
        return self();
    }

    /**
     * The client secret of a web app; native and single-page apps have none (and use PKCE).
     *
     * @param clientSecret the client secret
     * @return this builder
     */
    public B clientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
        return self();
    }

    /**
     * Sends the client credentials as HTTP Basic instead of in the form body (CORE's documented way).
     *
     * @param method how the client credentials are sent to the token endpoint
     * @return this builder
     */
    public B clientAuthentication(ClientAuthentication method) {
        this.clientAuthentication = method;
        return self();
    }

    /**
     * The redirect URI registered for the app, exactly as registered. Required.
     *
     * @param redirectUri the redirect URI, repeated exactly in the code exchange
     * @return this builder
     */
    public B redirectUri(String redirectUri) {
        this.redirectUri = redirectUri;
        return self();
    }

    /**
     * The scopes to request, e.g. {@code readwrite:core offline_access}. Required.
     *
     * @param scopes the scopes
     * @return this builder
     */
    public B scopes(String... scopes) {
        return scopes(Arrays.asList(scopes));
    }

    /**
     * The scopes to request, in order. Required.
     *
     * @param scopes the scopes
     * @return this builder
     */
    public B scopes(List<String> scopes) {
        this.scopes.clear();
        this.scopes.addAll(scopes);
        return self();
    }

    /**
     * The identity server's base, under which CORE's endpoints lie ({@code /connect/authorize},
     * {@code /connect/token}, {@code /connect/revocation}, {@code /connect/userinfo}); default
     * {@code https://api-identity.bqecore.com/idp}. With {@link #discover}, still checked but not called.
     *
     * @param identityServer the identity server
     * @return this builder
     */
    public B identityServer(String identityServer) {
        this.identityServer = identityServer;
        return self();
    }

    /**
     * Reads the OAuth endpoints from the OpenID Connect discovery document of {@code issuer}
     * ({@code {issuer}/.well-known/openid-configuration}), instead of CORE's layout under {@link #identityServer}. The
     * build fetches the document, once; its {@code issuer} must be identical to {@code issuer}, and every endpoint
     * https (or loopback http with {@link #allowInsecureLoopback()}). Endpoints set one by one replace the discovered
     * ones.
     *
     * @param issuer the issuer URL, whose {@code /.well-known/openid-configuration} is read
     * @return this builder
     */
    public B discover(String issuer) {
        this.issuer = issuer;
        return self();
    }

    /**
     * The authorization endpoint the browser is sent to; default {@code {identityServer}/connect/authorize}.
     *
     * @param endpoint the endpoint
     * @return this builder
     */
    public B authorizationEndpoint(String endpoint) {
        this.authorizationEndpoint = endpoint;
        return self();
    }

    /**
     * The token endpoint; default {@code {identityServer}/connect/token}.
     *
     * @param endpoint the endpoint
     * @return this builder
     */
    public B tokenEndpoint(String endpoint) {
        this.tokenEndpoint = endpoint;
        return self();
    }

    /**
     * The revocation endpoint (RFC 7009) of {@link CoreClient#revoke()}; default {@code .../connect/revocation}.
     *
     * @param endpoint the endpoint
     * @return this builder
     */
    public B revocationEndpoint(String endpoint) {
        this.revocationEndpoint = endpoint;
        return self();
    }

    /**
     * The userinfo endpoint of {@link CoreClient#userInfo()}; default {@code {identityServer}/connect/userinfo}.
     *
     * @param endpoint the endpoint
     * @return this builder
     */
    public B userInfoEndpoint(String endpoint) {
        this.userInfoEndpoint = endpoint;
        return self();
    }

    /**
     * The API base for tokens whose response names no {@code endpoint} (absent, {@code null} or empty), e.g. a
     * standard OAuth server's: without it such tokens are refused. A response that names an endpoint is always called
     * there, and refused if the endpoint is not allowed: this is a fallback, not an override. Checked at the build
     * like an endpoint (https, an {@link #allowedHosts allowed host}), except that it may name a port.
     *
     * @param apiBase the API base
     * @return this builder
     */
    public B apiBase(String apiBase) {
        this.apiBase = apiBase;
        return self();
    }

    /**
     * {@code X-UTC-OFFSET} from {@code zone} at each request's instant; default: the system zone.
     *
     * @param zone the zone
     * @return this builder
     */
    public B utcOffset(ZoneId zone) {
        this.utcOffset = UtcOffset.of(zone);
        return self();
    }

    /**
     * A fixed {@code X-UTC-OFFSET}.
     *
     * @param offset the offset
     * @return this builder
     */
    public B utcOffset(ZoneOffset offset) {
        this.utcOffset = UtcOffset.fixed(offset);
        return self();
    }

    /**
     * No {@code X-UTC-OFFSET} header (CORE then assumes Pacific Standard Time).
     *
     * @return this builder
     */
    public B noUtcOffset() {
        this.utcOffset = UtcOffset.none();
        return self();
    }

    /**
     * Where tokens are kept, under each connection's name; default in memory.
     *
     * @param tokenStore the token store
     * @return this builder
     */
    public B tokenStore(TokenStore tokenStore) {
        this.tokenStore = tokenStore;
        return self();
    }

    /**
     * Where started authorizations wait for their callback; default in memory (a callback must then reach the
     * process that started the authorization). Instances that share a store complete each other's callbacks.
     *
     * @param store the store
     * @return this builder
     */
    public B authorizationStore(AuthorizationStore store) {
        this.authorizationStore = store;
        return self();
    }

    /**
     * How long a started authorization accepts its callback; default 10 minutes.
     *
     * @param lifetime the lifetime
     * @return this builder
     */
    public B pendingLifetime(Duration lifetime) {
        this.pendingLifetime = lifetime;
        return self();
    }

    /**
     * The Feign HTTP client; default OkHttp. A client given here is shared, and never closed by corekit.
     *
     * @param client the client
     * @return this builder
     */
    public B httpClient(Client client) {
        this.httpClient = client;
        this.useJdkClient = false;
        return self();
    }

    /**
     * Uses the JDK's {@code java.net.http} client instead of OkHttp.
     *
     * @return this builder
     */
    public B jdkHttpClient() {
        this.httpClient = null;
        this.useJdkClient = true;
        return self();
    }

    /**
     * How many idle connections to CORE the default OkHttp client keeps for reuse; default 64 (OkHttp's own default,
     * 5, makes concurrent callers open and close connections). Set it near the number of concurrent calls. With
     * {@link #httpClient} or {@link #jdkHttpClient()} there is no such pool: setting it too is refused by
     * {@code build()}.
     *
     * @param count the count
     * @return this builder
     */
    public B maxIdleConnections(int count) {
        this.maxIdleConnections = count;
        return self();
    }

    /**
     * Feign's log level (through SLF4J, secrets redacted); default {@code NONE}.
     *
     * @param level the level
     * @return this builder
     */
    public B logLevel(Logger.Level level) {
        this.logLevel = level;
        return self();
    }

    /**
     * How calls and token requests are retried; default {@link RetryPolicy#defaults()}.
     *
     * @param policy the policy
     * @return this builder
     */
    public B retryPolicy(RetryPolicy policy) {
        this.retryPolicy = policy;
        return self();
    }

    /**
     * The domains whose hosts may receive the access token; default {@code bqecore.com}.
     *
     * @param domains the domains
     * @return this builder
     */
    public B allowedHosts(String... domains) {
        this.allowedHosts.clear();
        this.allowedHosts.addAll(Arrays.asList(domains));
        return self();
    }

    /**
     * Allows plain http to loopback hosts (127.0.0.1, ::1, localhost), for the identity server and the API: for the
     * corekit sandbox and tests only.
     *
     * @return this builder
     */
    public B allowInsecureLoopback() {
        this.insecureLoopback = true;
        return self();
    }

    /**
     * PKCE (S256) on authorize requests; on by default.
     *
     * @param enabled {@code true} to turn it on
     * @return this builder
     */
    public B pkce(boolean enabled) {
        this.pkce = enabled;
        return self();
    }

    /**
     * The clock for token expiry, {@code X-UTC-OFFSET}, {@code Retry-After} dates, the retry deadline and pending
     * authorizations; default the system's, in UTC.
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = clock;
        return self();
    }

    /**
     * How corekit waits between attempts; default {@link Sleeper#system()}. Tests give one that advances their
     * {@link #clock(Clock)}, so retries take no real time.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
        return self();
    }

    /**
     * How long before expiry a token is refreshed; default 60 s.
     *
     * @param skew the skew
     * @return this builder
     */
    public B refreshSkew(Duration skew) {
        this.refreshSkew = skew;
        return self();
    }

    /**
     * How long connecting to CORE or the identity server may take; default 10 s.
     *
     * @param timeout how long to wait
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return self();
    }

    /**
     * How long an API answer may take to arrive; default 60 s.
     *
     * @param timeout how long to wait
     * @return this builder
     */
    public B readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return self();
    }

    /**
     * The mapper for request and response bodies; default {@link CoreJson#mapper()}.
     *
     * @param mapper the mapper
     * @return this builder
     */
    public B objectMapper(ObjectMapper mapper) {
        this.objectMapper = mapper;
        return self();
    }

    /**
     * Where corekit reports its measurements: API calls, retries, token refreshes, connections that need a new login
     * and its connection pool; default {@link CoreMetrics#none()}. {@code MicrometerMetrics.of(registry)} (package
     * {@code dev.corekit.runtime.micrometer}, with Micrometer on the class path) records them in a Micrometer registry.
     *
     * @param metrics where measurements go
     * @return this builder
     */
    public B metrics(CoreMetrics metrics) {
        this.metrics = metrics;
        return self();
    }

    /**
     * Adds a Feign {@link Capability}, e.g. a tracing library's, to the Feign of every API client: it may wrap the
     * HTTP client, the decoders, the interceptors and the other parts Feign builds with, and sees every API call.
     * Capabilities apply in the order added. Calls to the identity server do not go through Feign. Feign applies a
     * capability through reflection: its class and its {@code enrich} methods must be public.
     *
     * @param capability a capability to add
     * @return this builder
     */
    public B capability(Capability capability) {
        this.capabilities.add(capability);
        return self();
    }

    /**
     * Adds a Feign {@link RequestInterceptor} that every API request passes, after corekit's own (which sets
     * {@code Authorization} and {@code X-UTC-OFFSET}), e.g. to add a tracing header. Interceptors apply in the order
     * added; one that replaces corekit's headers replaces them on the wire. Requests to the identity server do not
     * pass them.
     *
     * @param interceptor an interceptor to add
     * @return this builder
     */
    public B requestInterceptor(RequestInterceptor interceptor) {
        this.requestInterceptors.add(interceptor);
        return self();
    }

    /**
     * Checks the settings; the result no longer follows this builder.
     *
     * @throws CoreConfigurationException naming the first setting that is missing or invalid
     */
    AppSettings check() {
        return AppSettings.of(this);
    }
}
