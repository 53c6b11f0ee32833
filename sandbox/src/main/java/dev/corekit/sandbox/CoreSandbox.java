package dev.corekit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.corekit.sandbox.admin.AdminApi;
import dev.corekit.sandbox.api.ApiServer;
import dev.corekit.sandbox.faults.Faults;
import dev.corekit.sandbox.http.BeforeSendExchange;
import dev.corekit.sandbox.http.BodyTooLargeException;
import dev.corekit.sandbox.http.Responses;
import dev.corekit.sandbox.http.SandboxRequest;
import dev.corekit.sandbox.idp.HeadlessLogin;
import dev.corekit.sandbox.idp.IdentityServer;
import dev.corekit.sandbox.idp.TokenRegistry;
import dev.corekit.sandbox.journal.Journal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A local, stateful emulator of BQE CORE on 127.0.0.1: the identity server under {@code {base}/idp} and each
 * company's API at its own endpoint, {@code {base}/api/{companyId}}, as the token response's {@code endpoint}
 * names it.
 *
 * <pre>{@code
 * try (CoreSandbox sandbox = CoreSandbox.start()) {
 *     String authorize = sandbox.identityUrl() + "/connect/authorize";
 *     ...
 * }
 * }</pre>
 */
public final class CoreSandbox implements AutoCloseable {
    static {
        // The JDK's HttpServer leaves Nagle's algorithm on unless told otherwise (read once, when its first server
        // starts): headers and body then go out as two segments and the body waits ~40 ms for the client's delayed
        // ACK. An explicit setting by the user wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SandboxConfig config;
    private final SandboxClock clock;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Journal journal = new Journal();
    private final Faults faults = new Faults();
    private final TokenRegistry tokens = new TokenRegistry();
    private final IdentityServer identity;
    private final ApiServer api;
    private final AdminApi admin;
    private final Router router;
    private final FaultInjector faultInjector;
    private final String baseUrl;
    private final Path stateFile;
    private final int port;
    private HeadlessLogin headless;

    private CoreSandbox(Builder builder) throws IOException {
        this.config = builder.config != null ? builder.config : builder.settings.build();
        this.clock = builder.clock;
        int port = builder.port == 0 && builder.stateFile != null
                ? SandboxState.savedPort(builder.stateFile)
                : builder.port;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        this.stateFile = builder.stateFile;
        this.port = server.getAddress().getPort();
        this.baseUrl = "http://127.0.0.1:" + this.port;
        this.identity = new IdentityServer(config, clock, tokens, identityUrl(), this::endpoint);
        this.api = new ApiServer(config, clock, tokens);
        this.admin = builder.adminApi ? new AdminApi(clock, journal, faults, api) : null;
        this.router = new Router(config, identity, api);
        this.faultInjector = new FaultInjector(faults);
        if (stateFile != null) {
            SandboxState.load(stateFile, tokens, api, config);
        }
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "corekit-sandbox-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /**
     * Starts a sandbox with the demo app and user on a free port.
     *
     * @return the running sandbox
     */
    public static CoreSandbox start() {
        return builder().start();
    }

    /** {@return a builder starting from the demo configuration} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the sandbox's base URL, {@code http://127.0.0.1:PORT}} */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The identity server's base, {@code {base}/idp}, as {@code https://api-identity.bqecore.com/idp} is CORE's.
     *
     * @return the identity server's base URL
     */
    public String identityUrl() {
        return baseUrl + "/idp";
    }

    /**
     * The API endpoint of a company, as the token response's {@code endpoint} gives it: with a trailing slash, as in
     * the seed's example, unless {@link SandboxConfig#endpointTrailingSlash()} is off. Join a path to it without a
     * leading slash: {@code endpoint("demo-company-a") + "activity"}.
     *
     * @param companyId the company's id, e.g. {@code demo-company-a}
     * @return the company's endpoint
     */
    public String endpoint(String companyId) {
        return baseUrl + "/api/" + companyId + (config.endpointTrailingSlash() ? "/" : "");
    }

    /** {@return the port the sandbox listens on} */
    public int port() {
        return port;
    }

    /** {@return the configuration the sandbox serves} */
    public SandboxConfig config() {
        return config;
    }

    /** {@return the clock codes and tokens expire by; move it with {@link SandboxClock#advance(Duration)}} */
    public SandboxClock clock() {
        return clock;
    }

    /** {@return every request received, secrets masked} */
    public Journal journal() {
        return journal;
    }

    /**
     * Faults to apply to the next requests of a path.
     *
     * @return the sandbox's faults
     */
    public Faults faults() {
        return faults;
    }

    /** {@return the API side: each company's data, for tests to seed and inspect} */
    public ApiServer api() {
        return api;
    }

    /** {@return the identity server's codes and tokens} */
    public TokenRegistry tokens() {
        return tokens;
    }

    /**
     * Logs the demo user ({@link SandboxConfig#DEMO_LOGIN}) in on this sandbox's own log-in and consent pages, over
     * HTTP as a browser would, grants every scope the request asks for with the user's first company, and returns
     * the redirect the browser would be sent to: the app's redirect URI with {@code code} and {@code state}. Nothing
     * listens there; hand it to the client, e.g. in a test:
     *
     * <pre>{@code
     * client.authorization().complete(sandbox.approve(client.authorization().start().uri()));
     * }</pre>
     *
     * <p>When the sandbox auto-approves ({@code autoApprove}), or refuses the request with a redirect (such as
     * {@code error=invalid_scope}), that redirect is returned as it is.
     *
     * @param authorize the authorize URI the client built, {@code {identityUrl}/connect/authorize?...}
     * @return the redirect to the app's redirect URI, with {@code code} and {@code state}
     * @throws SandboxLoginException when the URI is not this sandbox's authorize endpoint, or the sandbox refuses the
     *     request with an error page (an unknown client or redirect URI)
     */
    public URI approve(URI authorize) {
        return approve(authorize, SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD, null);
    }

    /**
     * As {@link #approve(URI)}, as the user {@code login} for the company {@code companyId} ({@code null}: the
     * user's first company).
     *
     * @param authorize the authorize URI the client built, {@code {identityUrl}/connect/authorize?...}
     * @param login the user's login
     * @param password the user's password
     * @param companyId the company to grant, or {@code null} for the user's first
     * @return the redirect to the app's redirect URI, with {@code code} and {@code state}
     * @throws SandboxLoginException as {@link #approve(URI)}, and when the login or password is wrong or the company
     *     is not the user's
     */
    public URI approve(URI authorize, String login, String password, String companyId) {
        return headless().approve(authorize, login, password, companyId);
    }

    /**
     * Logs the demo user in as {@link #approve(URI)} does, and denies the consent: the redirect carries {@code
     * error=access_denied}, which the client reports as the user's refusal.
     *
     * @param authorize the authorize URI the client built, {@code {identityUrl}/connect/authorize?...}
     * @return the redirect to the app's redirect URI, with {@code error=access_denied}
     * @throws SandboxLoginException as {@link #approve(URI)}
     */
    public URI deny(URI authorize) {
        return headless().deny(authorize, SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD);
    }

    private synchronized HeadlessLogin headless() {
        if (headless == null) {
            headless = new HeadlessLogin(identityUrl());
        }
        return headless;
    }

    /** Stops the server at once; with a state file, saves the state first. */
    @Override
    public void close() {
        server.stop(0);
        if (stateFile != null) {
            SandboxState.save(stateFile, port(), tokens, api, config);
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The admin API's base, {@code {base}/__admin}, or {@code null} when it is off (see {@link Builder#adminApi}).
     *
     * @return the admin API's base, or {@code null}
     */
    public String adminUrl() {
        return admin == null ? null : baseUrl + AdminApi.PREFIX;
    }

    private void dispatch(HttpExchange received) throws IOException {
        BeforeSendExchange exchange = new BeforeSendExchange(received);
        if (admin != null && AdminApi.owns(exchange.getRequestURI().getRawPath())) {
            try {
                admin.handle(SandboxRequest.read(exchange, config.maxBodyBytes(), "maxBodyBytes"), exchange);
            } finally {
                exchange.close();
            }
            return;
        }
        SandboxRequest request = null;
        int status = 0;
        AtomicBoolean recorded = new AtomicBoolean();
        try {
            Router.Route route = Router.route(exchange.getRequestURI().getRawPath());
            request = route != null && route.identity()
                    ? SandboxRequest.read(exchange, config.maxFormBytes(), "maxFormBytes")
                    : SandboxRequest.read(exchange, config.maxBodyBytes(), "maxBodyBytes");
            SandboxRequest journaled = request;
            exchange.beforeSend(sent -> {
                if (recorded.compareAndSet(false, true)) {
                    journal.record(clock.instant(), journaled, sent);
                }
            });
            int faulted = route == null
                    ? FaultInjector.NOT_ANSWERED
                    : faultInjector.apply(route.relative(), request, exchange);
            if (faulted != FaultInjector.NOT_ANSWERED) {
                status = faulted;
                return;
            }
            router.forward(route, request, exchange);
            status = exchange.getResponseCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BodyTooLargeException e) {
            status = 413;
            try {
                Responses.json(exchange, 413, Map.of("Message", e.getMessage()));
            } catch (IOException ignored) {
                // The client went away while sending; there is no one to answer.
            }
        } catch (IOException | RuntimeException e) {
            status = 500;
            try {
                Responses.json(exchange, 500, Map.of("Message", "sandbox error: " + e));
            } catch (IOException | RuntimeException ignored) {
                // The response was already under way; the client sees a broken body.
            }
        } finally {
            // Answers were recorded as they went out; a dropped connection or a failed read is recorded here.
            if (request != null && recorded.compareAndSet(false, true)) {
                journal.record(clock.instant(), request, status);
            }
            exchange.close();
        }
    }

    /** Configures and starts a {@link CoreSandbox}. */
    public static final class Builder {
        private final SandboxConfig.Builder settings = SandboxConfig.builder();
        private SandboxConfig config;
        private SandboxClock clock = new SandboxClock();
        private int port;
        private Path stateFile;
        private boolean adminApi;

        private Builder() {}

        /**
         * Serves the admin API under {@code {base}/__admin} ({@link AdminApi}): faults, the clock, the journal and
         * data over plain HTTP, for clients outside this process. Off by default; the standalone server turns it on.
         *
         * @param on whether to serve the admin API
         * @return this builder
         */
        public Builder adminApi(boolean on) {
            this.adminApi = on;
            return this;
        }

        /**
         * Keeps the sandbox's port, issued tokens and data in {@code file} across runs: loaded at start (the saved
         * port is used unless {@link #port(int)} names one), saved at {@link CoreSandbox#close()}. Codes, pending
         * logins and queued faults are not kept.
         *
         * @param file the state file; it need not exist yet
         * @return this builder
         */
        public Builder stateFile(Path file) {
            this.stateFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * The port to listen on; {@code 0} (the default) picks a free one.
         *
         * @param port the port, {@code 0..65535}
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Uses {@code config} as it is, instead of the settings made on this builder.
         *
         * @param config the configuration to use
         * @return this builder
         */
        public Builder config(SandboxConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * Changes the configuration: apps, users, lifetimes, switches.
         *
         * @param change changes to the builder of the configuration
         * @return this builder
         */
        public Builder configure(Consumer<SandboxConfig.Builder> change) {
            change.accept(settings);
            return this;
        }

        /**
         * Uses {@code clock} for codes and tokens, so a test can move time.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(SandboxClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Starts the sandbox.
         *
         * @return the running sandbox
         */
        public CoreSandbox start() {
            try {
                return new CoreSandbox(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the sandbox on port " + port + ": " + e.getMessage(), e);
            }
        }
    }
}
