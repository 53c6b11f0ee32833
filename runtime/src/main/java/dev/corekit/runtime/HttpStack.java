package dev.corekit.runtime;

import dev.corekit.runtime.auth.AppAuthorization;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.internal.auth.AuthorizationAccess;
import dev.corekit.runtime.internal.auth.Connections;
import dev.corekit.runtime.internal.auth.OAuthEndpoints;
import dev.corekit.runtime.internal.auth.OpenIdDiscovery;
import dev.corekit.runtime.internal.http.CachingContract;
import dev.corekit.runtime.internal.http.CoreDecoder;
import dev.corekit.runtime.internal.http.CoreErrorDecoder;
import dev.corekit.runtime.internal.http.CoreRequestInterceptor;
import dev.corekit.runtime.internal.http.DirectCalls;
import dev.corekit.runtime.internal.http.EndpointTarget;
import dev.corekit.runtime.internal.http.RedactingLogger;
import dev.corekit.runtime.internal.http.RetryEngine;
import dev.corekit.runtime.internal.http.TypedErrorInvocationHandler;
import dev.corekit.runtime.internal.token.TokenEndpointClient;
import dev.corekit.runtime.internal.token.TokenManager;
import feign.Capability;
import feign.Contract;
import feign.Feign;
import feign.RequestInterceptor;
import feign.Retryer;

/**
 * The HTTP stack every connection of an app shares: one Feign (one connection pool, one contract that parses each
 * interface once, one encoder, decoder and error decoder), one retry engine, one identity-server client and one
 * authorization flow. A connection adds only its {@link TokenManager} and its API clients.
 */
final class HttpStack implements AutoCloseable {
    final AppSettings settings;
    final TokenEndpointClient tokenEndpoint;
    final AppAuthorization authorization;
    private final JdkHttp identityHttp;
    private final Feign feign;
    private final ReleasableClient client;
    /** The clients this stack built, and so closes; a client the app gave is its own. */
    private final OkHttpTransport ownOkHttp;

    private final JdkHttp ownJdkHttp;

    /**
     * Builds the stack; reads the discovery document when the settings name an issuer.
     *
     * @param connections the app's connections, for authorizations completed app-wide
     */
    HttpStack(AppSettings settings, Connections connections) {
        this.settings = settings;
        this.identityHttp = new JdkHttp("corekit-identity", settings.insecureLoopback, settings.connectTimeout);
        RetryEngine retries = new RetryEngine(settings.retryPolicy, settings.clock, settings.sleeper);
        try {
            this.tokenEndpoint = new TokenEndpointClient(
                    endpoints(settings), settings.credentials, identityHttp, retries, settings.endpointPolicy);
            this.authorization = AuthorizationAccess.get()
                    .app(
                            settings.credentials,
                            settings.redirectUri.toString(),
                            settings.scopes,
                            settings.pkce,
                            settings.clock,
                            settings.pendingLifetime,
                            tokenEndpoint,
                            settings.authorizationStore,
                            connections);
        } catch (RuntimeException e) {
            // Discovery may have started the identity client: a stack nobody gets must not keep its threads.
            identityHttp.close();
            throw e;
        }
        this.ownOkHttp = settings.httpClient == null && !settings.useJdkClient ? new OkHttpTransport(settings) : null;
        this.ownJdkHttp = settings.useJdkClient
                ? new JdkHttp("corekit-http", settings.insecureLoopback, settings.connectTimeout)
                : null;
        this.client = new ReleasableClient(
                settings.httpClient != null
                        ? settings.httpClient
                        : ownJdkHttp != null ? new JdkFeignClient(ownJdkHttp.get()) : ownOkHttp.feignClient());
        Contract contract = new CachingContract(new Contract.Default());
        CallOptions options = new CallOptions(settings.connectTimeout, settings.readTimeout);
        CoreDecoder decoder = new CoreDecoder(settings.objectMapper);
        CoreErrorDecoder errorDecoder = new CoreErrorDecoder(settings.clock);
        CoreRequestInterceptor interceptor = new CoreRequestInterceptor(settings.utcOffset, settings.clock);
        RedactingLogger logger = new RedactingLogger();
        // A client the app gives may read the request templates Feign attaches; corekit's own clients do not. The app's
        // interceptors and capabilities apply to what Feign builds and sends: every request is then Feign's.
        DirectCalls direct = settings.httpClient != null
                        || !settings.capabilities.isEmpty()
                        || !settings.requestInterceptors.isEmpty()
                ? null
                : new DirectCalls(
                        client, options, contract, interceptor, logger, settings.logLevel, decoder, errorDecoder);
        Feign.Builder builder = Feign.builder()
                .client(client)
                .contract(contract)
                .options(options)
                .encoder(new JsonBodyEncoder(settings.objectMapper))
                .decoder(decoder)
                .decodeVoid()
                .errorDecoder(errorDecoder)
                // corekit's retry rules run around Feign's method handlers; Feign itself never sends again.
                .retryer(Retryer.NEVER_RETRY)
                .invocationHandlerFactory(TypedErrorInvocationHandler.factory(retries, direct, settings.metrics))
                .requestInterceptor(interceptor)
                .logger(logger)
                .logLevel(settings.logLevel);
        for (RequestInterceptor own : settings.requestInterceptors) {
            builder.requestInterceptor(own);
        }
        for (Capability capability : settings.capabilities) {
            builder.addCapability(capability);
        }
        try {
            this.feign = builder.build();
        } catch (RuntimeException e) {
            close();
            if (settings.capabilities.isEmpty()) {
                throw e;
            }
            throw capabilityFailed(e);
        }
        if (ownOkHttp != null) {
            // The metrics may hold the pool's counts weakly: the stack keeps them.
            settings.metrics.connectionPool(ownOkHttp);
        }
    }

    private OAuthEndpoints endpoints(AppSettings settings) {
        OAuthEndpoints endpoints = settings.issuer != null
                ? new OpenIdDiscovery(identityHttp.get(), settings.insecureLoopback).read(settings.issuer)
                : OAuthEndpoints.core(settings.identityServer);
        return endpoints.with(
                settings.authorizationEndpoint,
                settings.tokenEndpoint,
                settings.revocationEndpoint,
                settings.userInfoEndpoint);
    }

    /** A new client of {@code type} for the connection of {@code tokens}. */
    <T> T newApi(Class<T> type, TokenManager tokens) {
        try {
            return feign.newInstance(new EndpointTarget<>(type, tokens, settings.endpointPolicy));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new CoreConfigurationException(
                    "apiType", type.getName() + " is not a generated FooApi interface: " + e.getMessage());
        }
    }

    /** A new token manager for {@code connection}, on the shared token endpoint client. */
    TokenManager newTokenManager(String connection) {
        return new TokenManager(
                connection, settings.tokenStore, tokenEndpoint, settings.clock, settings.refreshSkew, settings.metrics);
    }

    /** Whether the identity server's client was built (an app that never called it has none). */
    boolean identityClientStarted() {
        return identityHttp.started();
    }

    /** Closes the clients this stack built: the connection pool, the identity server's client. */
    @Override
    public void close() {
        client.release();
        identityHttp.close();
        if (ownOkHttp != null) {
            ownOkHttp.close();
        }
        if (ownJdkHttp != null) {
            ownJdkHttp.close();
        }
    }

    /**
     * What went wrong when Feign applied the app's capabilities: Feign calls their {@code enrich} methods through
     * reflection, which fails on a class that is not public; any other failure is the capability's own, named by its
     * class (its message is the app's, so it is kept as the cause only).
     */
    private static CoreConfigurationException capabilityFailed(RuntimeException e) {
        Throwable thrown = null;
        boolean notAccessible = false;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IllegalAccessException) {
                notAccessible = true;
            } else if (t instanceof java.lang.reflect.InvocationTargetException invocation) {
                thrown = invocation.getTargetException();
            }
        }
        CoreConfigurationException failure;
        if (notAccessible) {
            failure = new CoreConfigurationException(
                    "capability", "Feign could not call a capability's enrich method: its class must be public");
        } else if (thrown != null) {
            failure = new CoreConfigurationException(
                    "capability",
                    "a capability's enrich method threw " + thrown.getClass().getName());
        } else {
            failure = new CoreConfigurationException(
                    "capability",
                    "Feign could not apply the capabilities: " + e.getClass().getName());
        }
        failure.initCause(thrown != null ? thrown : e);
        return failure;
    }
}
