package dev.corekit.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.api.Catalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the sandbox is configured with: apps, users, token lifetimes and switches. Built in code through
 * {@link CoreSandbox#builder()}, or read from a JSON file for the standalone server ({@link #fromJson(Path)}).
 */
public final class SandboxConfig {
    /** The demo web app: client id {@value}. */
    public static final String DEMO_CLIENT_ID = "corekit-demo";
    /** The demo web app's secret. It is a published demo value, not a secret. */
    public static final String DEMO_CLIENT_SECRET = "corekit-demo-secret";
    /** The demo native app (no secret): client id {@value}. */
    public static final String DEMO_NATIVE_CLIENT_ID = "corekit-demo-native";
    /** The redirect URI registered for both demo apps; any port on this loopback address matches. */
    public static final String DEMO_REDIRECT_URI = "http://127.0.0.1/callback";
    /** The demo user's login. */
    public static final String DEMO_LOGIN = "demo@corekit.dev";
    /** The demo user's password. */
    public static final String DEMO_PASSWORD = "demo";

    private final Map<String, SandboxApp> apps;
    private final Map<String, SandboxUser> users;
    private final Duration accessTokenLifetime;
    private final Duration refreshTokenLifetime;
    private final Duration codeLifetime;
    private final boolean rotateRefreshTokens;
    private final int notAuthenticatedStatus;
    private final String autoApproveLogin;
    private final String autoApproveCompany;
    private final int defaultPageSize;
    private final int maxBodyBytes;
    private final int maxFormBytes;
    private final int rateLimitRequests;
    private final Duration rateLimitWindow;
    private final boolean endpointTrailingSlash;
    private final boolean requirePkce;
    private final List<SandboxCollection> collections;

    private SandboxConfig(Builder builder) {
        this.apps = Map.copyOf(builder.apps);
        this.users = Map.copyOf(builder.users);
        this.accessTokenLifetime = builder.accessTokenLifetime;
        this.refreshTokenLifetime = builder.refreshTokenLifetime;
        this.codeLifetime = builder.codeLifetime;
        this.rotateRefreshTokens = builder.rotateRefreshTokens;
        this.notAuthenticatedStatus = builder.notAuthenticatedStatus;
        this.autoApproveLogin = builder.autoApproveLogin;
        this.autoApproveCompany = builder.autoApproveCompany;
        this.defaultPageSize = builder.defaultPageSize;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.maxFormBytes = builder.maxFormBytes;
        this.rateLimitRequests = builder.rateLimitRequests;
        this.rateLimitWindow = builder.rateLimitWindow;
        this.endpointTrailingSlash = builder.endpointTrailingSlash;
        this.requirePkce = builder.requirePkce;
        this.collections = List.copyOf(builder.collections.values());
    }

    /** {@return a builder holding the demo app and demo user} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the demo web app (confidential)} */
    public static SandboxApp demoApp() {
        return new SandboxApp(
                DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, "corekit demo", List.of(DEMO_REDIRECT_URI), SandboxApp.ALL_SCOPES);
    }

    /** {@return the demo native app (public: no secret)} */
    public static SandboxApp demoNativeApp() {
        return new SandboxApp(
                DEMO_NATIVE_CLIENT_ID,
                null,
                "corekit demo (native)",
                List.of(DEMO_REDIRECT_URI),
                SandboxApp.ALL_SCOPES);
    }

    /** {@return the demo user, with two companies} */
    public static SandboxUser demoUser() {
        return new SandboxUser(
                DEMO_LOGIN,
                DEMO_PASSWORD,
                "Demo User",
                List.of(
                        new SandboxCompany("demo-company-a", "Demo Company A"),
                        new SandboxCompany("demo-company-b", "Demo Company B")));
    }

    /**
     * Reads a configuration file. Every key is optional; apps and users are added to the demo ones:
     *
     * <pre>{@code
     * {
     *   "apps": [{"clientId": "my-app", "clientSecret": "s3cret", "name": "My app",
     *             "redirectUris": ["https://localhost:8443/callback"], "allowedScopes": ["readwrite:core"]}],
     *   "users": [{"login": "ann@example.com", "password": "pw", "name": "Ann",
     *              "companies": [{"id": "acme", "name": "Acme"}]}],
     *   "accessTokenSeconds": 3600, "refreshTokenSeconds": 2592000, "codeSeconds": 60,
     *   "rotateRefreshTokens": true, "notAuthenticatedStatus": 200,
     *   "autoApprove": {"login": "demo@corekit.dev", "company": "demo-company-a"},
     *   "maxBodyBytes": 1048576, "maxFormBytes": 65536,
     *   "rateLimit": {"requests": 100, "windowSeconds": 60},
     *   "defaultPageSize": 25, "endpointTrailingSlash": true, "requirePkce": false,
     *   "collections": [{"path": "mileage", "fields": ["date", "miles"], "seed": [{"miles": 12.5}]}]
     * }
     * }</pre>
     *
     * @param file the JSON file
     * @return the configuration
     * @throws IllegalArgumentException naming the file and the bad setting
     * @throws IOException when the file cannot be read
     */
    public static SandboxConfig fromJson(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        JsonNode root;
        try {
            root = mapper.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read sandbox config " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("sandbox config " + file + " must hold a JSON object");
        }
        Builder builder = builder();
        Set<String> known = Set.of(
                "apps",
                "users",
                "accessTokenSeconds",
                "refreshTokenSeconds",
                "codeSeconds",
                "rotateRefreshTokens",
                "notAuthenticatedStatus",
                "autoApprove",
                "defaultPageSize",
                "maxBodyBytes",
                "maxFormBytes",
                "rateLimit",
                "endpointTrailingSlash",
                "requirePkce",
                "collections");
        for (String name : (Iterable<String>) root::fieldNames) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(
                        "sandbox config " + file + ": unknown setting '" + name + "' (known: " + known + ")");
            }
        }
        try {
            for (JsonNode app : root.path("apps")) {
                List<String> uris = new ArrayList<>();
                app.path("redirectUris").forEach(n -> uris.add(n.asText()));
                Set<String> scopes = new LinkedHashSet<>();
                app.path("allowedScopes").forEach(n -> scopes.add(n.asText()));
                builder.app(new SandboxApp(
                        required(app, "clientId"),
                        app.hasNonNull("clientSecret") ? app.get("clientSecret").asText() : null,
                        app.path("name").asText(required(app, "clientId")),
                        uris,
                        scopes.isEmpty() ? SandboxApp.ALL_SCOPES : scopes));
            }
            for (JsonNode user : root.path("users")) {
                List<SandboxCompany> companies = new ArrayList<>();
                for (JsonNode company : user.path("companies")) {
                    companies.add(new SandboxCompany(
                            required(company, "id"), company.path("name").asText(required(company, "id"))));
                }
                builder.user(new SandboxUser(
                        required(user, "login"),
                        required(user, "password"),
                        user.path("name").asText(required(user, "login")),
                        companies));
            }
            if (root.has("accessTokenSeconds")) {
                builder.accessTokenLifetime(
                        Duration.ofSeconds(root.get("accessTokenSeconds").asLong()));
            }
            if (root.has("refreshTokenSeconds")) {
                builder.refreshTokenLifetime(
                        Duration.ofSeconds(root.get("refreshTokenSeconds").asLong()));
            }
            if (root.has("codeSeconds")) {
                builder.codeLifetime(Duration.ofSeconds(root.get("codeSeconds").asLong()));
            }
            if (root.has("rotateRefreshTokens")) {
                builder.rotateRefreshTokens(root.get("rotateRefreshTokens").asBoolean());
            }
            if (root.has("notAuthenticatedStatus")) {
                builder.notAuthenticatedStatus(
                        root.get("notAuthenticatedStatus").asInt());
            }
            if (root.has("defaultPageSize")) {
                builder.defaultPageSize(root.get("defaultPageSize").asInt());
            }
            if (root.has("maxBodyBytes")) {
                builder.maxBodyBytes(root.get("maxBodyBytes").asInt());
            }
            if (root.has("maxFormBytes")) {
                builder.maxFormBytes(root.get("maxFormBytes").asInt());
            }
            if (root.has("rateLimit")) {
                JsonNode limit = root.get("rateLimit");
                builder.rateLimit(
                        limit.path("requests").asInt(),
                        Duration.ofSeconds(limit.path("windowSeconds").asLong()));
            }
            for (JsonNode collection : root.path("collections")) {
                builder.collection(collection(collection));
            }
            if (root.has("endpointTrailingSlash")) {
                builder.endpointTrailingSlash(bool(root, "endpointTrailingSlash"));
            }
            if (root.has("requirePkce")) {
                builder.requirePkce(bool(root, "requirePkce"));
            }
            if (root.has("autoApprove")) {
                JsonNode auto = root.get("autoApprove");
                builder.autoApprove(required(auto, "login"), required(auto, "company"));
            }
            return builder.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("sandbox config " + file + ": " + e.getMessage(), e);
        }
    }

    private static SandboxCollection collection(JsonNode node) {
        List<String> fields = new ArrayList<>();
        node.path("fields").forEach(n -> fields.add(n.asText()));
        List<ObjectNode> seed = new ArrayList<>();
        for (JsonNode object : node.path("seed")) {
            if (!object.isObject()) {
                throw new IllegalArgumentException("the seed of collection '"
                        + node.path("path").asText() + "' must hold JSON objects, not " + object);
            }
            seed.add((ObjectNode) object);
        }
        return new SandboxCollection(required(node, "path"), fields, seed);
    }

    private static boolean bool(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("'" + name + "' must be true or false, was " + value);
        }
        return value.booleanValue();
    }

    private static String required(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' is required in " + node);
        }
        return value.asText();
    }

    /**
     * {@return the app with {@code clientId}, or {@code null}}
     *
     * @param clientId the app's client id
     */
    public SandboxApp app(String clientId) {
        return apps.get(clientId);
    }

    /** {@return the apps, by client id} */
    public Map<String, SandboxApp> apps() {
        return apps;
    }

    /**
     * {@return the user with {@code login}, or {@code null}}
     *
     * @param login the user's login
     */
    public SandboxUser user(String login) {
        return users.get(login);
    }

    /** {@return the users, by login} */
    public Map<String, SandboxUser> users() {
        return users;
    }

    /** {@return every company of every user, by id} */
    public Map<String, SandboxCompany> companies() {
        Map<String, SandboxCompany> companies = new LinkedHashMap<>();
        users.values().stream()
                .sorted(java.util.Comparator.comparing(SandboxUser::login))
                .forEach(u -> u.companies().forEach(c -> companies.putIfAbsent(c.id(), c)));
        return companies;
    }

    /** {@return how long an access token lives} */
    public Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    /** {@return how long a refresh token lives} */
    public Duration refreshTokenLifetime() {
        return refreshTokenLifetime;
    }

    /** {@return how long an authorization code lives} */
    public Duration codeLifetime() {
        return codeLifetime;
    }

    /** {@return whether a refresh replaces the refresh token} */
    public boolean rotateRefreshTokens() {
        return rotateRefreshTokens;
    }

    /** {@return {@code 200} (CORE's documented answer, body {@code "Not authenticated"}) or {@code 401}} */
    public int notAuthenticatedStatus() {
        return notAuthenticatedStatus;
    }

    /** {@return the login the authorize endpoint approves for without showing pages, or {@code null}} */
    public String autoApproveLogin() {
        return autoApproveLogin;
    }

    /** {@return the company auto-approval picks, or {@code null}} */
    public String autoApproveCompany() {
        return autoApproveCompany;
    }

    /** {@return the page size of a list request without {@code page}: 25} */
    public int defaultPageSize() {
        return defaultPageSize;
    }

    /**
     * The most bytes the sandbox reads of an API body (and of an admin API body): 1 MiB unless configured. A longer
     * body is answered {@code 413} without being read.
     *
     * @return the limit in bytes
     */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * The most bytes the sandbox reads of an identity server form (token, log-in, consent): 64 KiB by default.
     *
     * @return the limit in bytes
     */
    public int maxFormBytes() {
        return maxFormBytes;
    }

    /**
     * How many API requests one access token may make per {@link #rateLimitWindow()}; {@code 0}: no limit (default).
     *
     * @return the requests per window, or {@code 0}
     */
    public int rateLimitRequests() {
        return rateLimitRequests;
    }

    /** {@return the window of {@link #rateLimitRequests()}, or {@code null} when there is no limit} */
    public Duration rateLimitWindow() {
        return rateLimitWindow;
    }

    /**
     * Whether the token response's {@code endpoint} ends in {@code /}, as the seed's example
     * {@code https://xxx.bqecore.com/xxx/} does: {@code true} by default, so that clients are tried on that shape.
     *
     * @return whether it ends with {@code /}
     */
    public boolean endpointTrailingSlash() {
        return endpointTrailingSlash;
    }

    /**
     * Whether a public app (no secret) must send a PKCE challenge: {@code false} by default, as CORE documents PKCE as
     * accepted, not required, and the seed's authorize request has none.
     *
     * @return whether PKCE is required
     */
    public boolean requirePkce() {
        return requirePkce;
    }

    /** {@return the user's own collections, served next to the catalogue's, in registration order} */
    public List<SandboxCollection> collections() {
        return collections;
    }

    /** Builds a {@link SandboxConfig}; starts with the demo apps and the demo user. */
    public static final class Builder {
        private final Map<String, SandboxApp> apps = new LinkedHashMap<>();
        private final Map<String, SandboxUser> users = new LinkedHashMap<>();
        private Duration accessTokenLifetime = Duration.ofHours(1);
        private Duration refreshTokenLifetime = Duration.ofDays(30);
        private Duration codeLifetime = Duration.ofSeconds(60);
        private boolean rotateRefreshTokens = true;
        private int notAuthenticatedStatus = 200;
        private String autoApproveLogin;
        private String autoApproveCompany;
        private int defaultPageSize = 25;
        private int maxBodyBytes = 1024 * 1024;
        private int maxFormBytes = 64 * 1024;
        private int rateLimitRequests;
        private Duration rateLimitWindow;
        private boolean endpointTrailingSlash = true;
        private boolean requirePkce;
        private final Map<String, SandboxCollection> collections = new LinkedHashMap<>();

        private Builder() {
            app(demoApp());
            app(demoNativeApp());
            user(demoUser());
        }

        /**
         * Registers an app, replacing one with the same client id.
         *
         * @param app the app
         * @return this builder
         */
        public Builder app(SandboxApp app) {
            apps.put(app.clientId(), Objects.requireNonNull(app, "app"));
            return this;
        }

        /**
         * Registers a user, replacing one with the same login.
         *
         * @param user the user
         * @return this builder
         */
        public Builder user(SandboxUser user) {
            users.put(user.login(), Objects.requireNonNull(user, "user"));
            return this;
        }

        /**
         * Sets how long an access token lives.
         *
         * @param lifetime the lifetime, positive
         * @return this builder
         */
        public Builder accessTokenLifetime(Duration lifetime) {
            this.accessTokenLifetime = positive(lifetime, "accessTokenLifetime");
            return this;
        }

        /**
         * Sets how long a refresh token lives.
         *
         * @param lifetime the lifetime, positive
         * @return this builder
         */
        public Builder refreshTokenLifetime(Duration lifetime) {
            this.refreshTokenLifetime = positive(lifetime, "refreshTokenLifetime");
            return this;
        }

        /**
         * Sets how long an authorization code lives.
         *
         * @param lifetime the lifetime, positive
         * @return this builder
         */
        public Builder codeLifetime(Duration lifetime) {
            this.codeLifetime = positive(lifetime, "codeLifetime");
            return this;
        }

        /**
         * Sets whether a refresh replaces the refresh token.
         *
         * @param rotate whether to rotate
         * @return this builder
         */
        public Builder rotateRefreshTokens(boolean rotate) {
            this.rotateRefreshTokens = rotate;
            return this;
        }

        /**
         * {@code 200} (CORE's documented behaviour) or {@code 401} for calls without a valid token.
         *
         * @param status {@code 401} or {@code 403}
         * @return this builder
         */
        public Builder notAuthenticatedStatus(int status) {
            if (status != 200 && status != 401) {
                throw new IllegalArgumentException("notAuthenticatedStatus must be 200 or 401, was " + status);
            }
            this.notAuthenticatedStatus = status;
            return this;
        }

        /**
         * Approves every valid authorize request as {@code login} for {@code companyId}, without pages.
         *
         * @param login the user to approve as, or {@code null} to show the log-in page
         * @param companyId the company to approve for
         * @return this builder
         */
        public Builder autoApprove(String login, String companyId) {
            this.autoApproveLogin = Objects.requireNonNull(login, "login");
            this.autoApproveCompany = Objects.requireNonNull(companyId, "companyId");
            return this;
        }

        /**
         * Sets the page size of a list request that names none.
         *
         * @param size the page size, at least 1
         * @return this builder
         */
        public Builder defaultPageSize(int size) {
            if (size < 1 || size > 1000) {
                throw new IllegalArgumentException("defaultPageSize must be 1..1000, was " + size);
            }
            this.defaultPageSize = size;
            return this;
        }

        /**
         * The most bytes read of an API or admin API body; a longer one is answered {@code 413}.
         *
         * @param bytes the limit in bytes, at least 1
         * @return the limit in bytes
         */
        public Builder maxBodyBytes(int bytes) {
            this.maxBodyBytes = atLeastOne(bytes, "maxBodyBytes");
            return this;
        }

        /**
         * The most bytes read of an identity server form; a longer one is answered {@code 413}.
         *
         * @param bytes the limit in bytes, at least 1
         * @return the limit in bytes
         */
        public Builder maxFormBytes(int bytes) {
            this.maxFormBytes = atLeastOne(bytes, "maxFormBytes");
            return this;
        }

        /**
         * Limits each access token to {@code requests} API requests per {@code window}, counted from its first request
         * of a window on the sandbox clock; past it the API answers {@code 429} with {@code Retry-After} (seconds until
         * the window ends). Off by default.
         *
         * @param requests requests allowed per window; {@code 0}: no limit
         * @param window the window
         * @return this builder
         */
        public Builder rateLimit(int requests, Duration window) {
            this.rateLimitRequests = atLeastOne(requests, "rateLimit requests");
            this.rateLimitWindow = positive(window, "rateLimit window");
            return this;
        }

        /**
         * Whether the token response's {@code endpoint} ends in {@code /}; {@code true} by default, as the seed's.
         *
         * @param trailingSlash whether the endpoint ends with {@code /}
         * @return whether it ends with {@code /}
         */
        public Builder endpointTrailingSlash(boolean trailingSlash) {
            this.endpointTrailingSlash = trailingSlash;
            return this;
        }

        /**
         * Registers a collection of the user's own, replacing one with the same path (ignoring case). Starting a
         * sandbox with a path the catalogue has fails with an {@link IllegalArgumentException}.
         *
         * @param collection the collection
         * @return this builder
         */
        public Builder collection(SandboxCollection collection) {
            Objects.requireNonNull(collection, "collection");
            collections.keySet().removeIf(path -> path.equalsIgnoreCase(collection.path()));
            collections.put(collection.path(), collection);
            return this;
        }

        /**
         * Whether a public app must use PKCE; {@code false} by default (CORE accepts PKCE, does not require it).
         *
         * @param require whether to require PKCE
         * @return whether PKCE is required
         */
        public Builder requirePkce(boolean require) {
            this.requirePkce = require;
            return this;
        }

        /** {@return the configuration} */
        public SandboxConfig build() {
            Catalogue catalogue = Catalogue.load();
            for (String path : collections.keySet()) {
                if (catalogue.find(path).isPresent()) {
                    throw new IllegalArgumentException(
                            "collection '" + path + "' is a path of the catalogue, which the sandbox serves already");
                }
            }
            if (autoApproveLogin != null) {
                SandboxUser user = users.get(autoApproveLogin);
                if (user == null) {
                    throw new IllegalArgumentException("autoApprove names unknown user " + autoApproveLogin);
                }
                if (user.companies().stream().noneMatch(c -> c.id().equals(autoApproveCompany))) {
                    throw new IllegalArgumentException(
                            "autoApprove: user " + autoApproveLogin + " has no company " + autoApproveCompany);
                }
            }
            return new SandboxConfig(this);
        }

        private static int atLeastOne(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + value);
            }
            return value;
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
