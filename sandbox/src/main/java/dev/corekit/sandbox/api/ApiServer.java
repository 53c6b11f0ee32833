package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxCompany;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.http.SandboxRequest;
import dev.corekit.sandbox.idp.TokenRegistry;
import dev.corekit.sandbox.idp.TokenRegistry.AccessGrant;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each company's API, {@code {base}/api/{companyId}/{path}}, for every path of the {@link Catalogue} and every
 * collection of the user's own ({@link SandboxConfig#collections()}). Data lives in
 * memory per company ({@link #company(String)}) and is lost when the sandbox stops.
 *
 * <p>Every call needs {@code Authorization: Bearer <token>} with a live token of that company; otherwise the answer is
 * CORE's documented {@code 200} with the JSON string {@code "Not authenticated"} ({@code 401} if so configured).
 * Reading needs {@code read:core} or {@code readwrite:core}; {@code POST}, {@code PUT}, {@code PATCH} and
 * {@code DELETE} need {@code readwrite:core}, else {@code 403 {"Key":"MsgPermissions"}}. With a configured rate limit
 * ({@link SandboxConfig.Builder#rateLimit}), a token past it gets {@code 429} with {@code Retry-After}.
 * An {@code X-UTC-OFFSET} that is not whole minutes from {@code -720} to {@code 840} is refused with {@code 400}.
 *
 * <ul>
 *   <li>{@code GET path}: a page of the list as a bare JSON array, see {@link ListQuery}.
 *   <li>{@code GET path/{id}}: the object, or {@code 404}.
 *   <li>{@code POST path}: creates the object and answers {@code 201} with it as stored. The server sets {@code id}
 *       (a random UUID; an id in the body is ignored), {@code createdOn}, {@code lastUpdated} (sandbox clock, UTC,
 *       {@code yyyy-MM-ddTHH:mm:ss}), {@code createdById}, {@code lastUpdatedById} ({@link #userId(String)} of the
 *       token's user) and {@code version}; where the catalogue lists them, {@code objectState} ({@code "Unchanged"})
 *       and {@code token} ({@code 1}, one more on each update). Everything else is stored as sent, except that a
 *       time or expense entry without a {@code date} gets the caller's today (see {@link CallerDay}).
 *   <li>{@code PUT path/{id}}: replaces the object's fields with the body's and answers {@code 200} with it; the body
 *       must carry the current {@code version}, else {@code 409 {"Key":"OutDatedModel"}}.
 *   <li>{@code DELETE path/{id}}: {@code 204}, or {@code 404}.
 *   <li>Single objects ({@code company}, {@code setting/timeexpense}): {@code GET path} only; other methods
 *       {@code 405}.
 *   <li>{@code POST path/batch}, {@code GET project/{id}/activities}, {@code GET project/{id}/resources} and
 *       {@code GET document/uri/{id}}: see {@link DeclaredOperations}.
 * </ul>
 */
public final class ApiServer {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final SandboxConfig config;
    private final Clock clock;
    private final Catalogue catalogue;
    private final ServerFields fields;
    private final BearerCheck bearer;
    private final RateLimit rateLimit;
    private final DeclaredOperations declared;
    private final Map<String, CompanyData> companies = new ConcurrentHashMap<>();

    /**
     * Serves every company of {@code config}, checking tokens against {@code tokens}.
     *
     * @param config the configuration
     * @param clock the clock
     * @param tokens the identity server's tokens
     */
    public ApiServer(SandboxConfig config, SandboxClock clock, TokenRegistry tokens) {
        this.config = config;
        this.clock = clock;
        this.catalogue = Catalogue.load().with(config.collections());
        this.fields = new ServerFields(clock);
        this.bearer = new BearerCheck(tokens, clock);
        this.rateLimit = config.rateLimitRequests() > 0
                ? new RateLimit(config.rateLimitRequests(), config.rateLimitWindow(), clock)
                : null;
        this.declared = new DeclaredOperations(catalogue);
    }

    /**
     * The id the sandbox gives a user in {@code createdById} and {@code lastUpdatedById}: stable for a login, in
     * every company and every run.
     *
     * @param login the user's login
     * @return the user's id
     */
    public static UUID userId(String login) {
        return ServerFields.userId(login);
    }

    /** {@return the collections the API serves} */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * The data of a configured company, to seed and inspect.
     *
     * @param companyId the company's id, e.g. {@code demo-company-a}
     * @return the company's data
     * @throws IllegalArgumentException if no configured user has the company
     */
    public CompanyData company(String companyId) {
        SandboxCompany company = config.companies().get(companyId);
        if (company == null) {
            throw new IllegalArgumentException("the sandbox has no company '" + companyId + "'");
        }
        return companies.computeIfAbsent(
                companyId, id -> new CompanyData(company, catalogue, fields, config.collections()));
    }

    /** Clears the data of every company (see {@link CompanyData#clear()}). */
    public void clear() {
        companies.values().forEach(CompanyData::clear);
    }

    /**
     * Answers one API call.
     *
     * @param companyId the company of the endpoint; it exists
     * @param path the path below the endpoint without a leading slash, e.g. {@code activity/3f1c...}
     * @param request the request, as read
     * @param exchange the exchange to answer
     * @throws IOException when the answer cannot be written to the connection
     */
    // Public for the sandbox's own router; SandboxRequest is its plumbing, which the module does not export.
    @SuppressWarnings("exports")
    public void handle(String companyId, String path, SandboxRequest request, HttpExchange exchange)
            throws IOException {
        Answer answer;
        try {
            answer = answer(companyId, path, request);
        } catch (ApiException e) {
            answer = e.answer();
        }
        answer.write(exchange);
    }

    private Answer answer(String companyId, String path, SandboxRequest request) {
        AccessGrant grant = bearer.grant(request, companyId)
                .orElseThrow(() -> CoreErrors.notAuthenticated(config.notAuthenticatedStatus()));
        if (rateLimit != null) {
            OptionalLong wait = rateLimit.take(BearerCheck.token(request));
            if (wait.isPresent()) {
                throw CoreErrors.tooManyRequests(rateLimit.describe(), wait.getAsLong());
            }
        }
        String method = request.method();
        if (WRITES.contains(method) ? !BearerCheck.canWrite(grant) : !BearerCheck.canRead(grant)) {
            throw CoreErrors.forbidden("You do not have permission to "
                    + (WRITES.contains(method)
                            ? "change this data: the token lacks the scope " + BearerCheck.READ_WRITE + "."
                            : "read this data: the token has neither " + BearerCheck.READ + " nor "
                                    + BearerCheck.READ_WRITE + "."));
        }
        CompanyData data = company(companyId);
        UUID user = userId(grant.login());
        CallerDay day = CallerDay.of(request, clock.instant());
        String decoded = decode(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        var special = declared.answer(decoded, call(request, data, user, day), data);
        if (special.isPresent()) {
            return special.get();
        }
        Target target = route(decoded);
        Catalogue.Resource resource = target.resource();
        if (resource.single()) {
            if (!method.equals("GET")) {
                throw CoreErrors.methodNotAllowed(
                        resource.path() + " is a single object that is read-only here; only GET is allowed.", "GET");
            }
            return Answer.json(200, data.storedSingle(resource));
        }
        if (target.id() == null) {
            switch (method) {
                case "GET":
                    return ListQuery.parse(query(request), config.defaultPageSize())
                            .run(resource, data.collection(resource).snapshot());
                case "POST":
                    return Answer.json(
                            201, call(request, data, user, day).create(resource, ApiJson.parseObject(request.body())));
                default:
                    throw CoreErrors.methodNotAllowed(
                            method + " is not allowed on the list " + resource.path() + ".", "GET, POST");
            }
        }
        switch (method) {
            case "GET":
                return Answer.json(
                        200,
                        data.collection(resource)
                                .get(target.id())
                                .orElseThrow(() -> CompanyData.notFound(resource, target.id())));
            case "PUT":
                return Answer.json(200, data.update(resource, target.id(), ApiJson.parseObject(request.body()), user));
            case "DELETE":
                if (!data.collection(resource).remove(target.id())) {
                    throw CompanyData.notFound(resource, target.id());
                }
                return Answer.empty(204);
            default:
                throw CoreErrors.methodNotAllowed(
                        method + " is not allowed on an object of " + resource.path() + ".", "GET, PUT, DELETE");
        }
    }

    /** A resolved path: a catalogue resource and, for {@code path/{id}}, the id. */
    private record Target(Catalogue.Resource resource, String id) {}

    /**
     * Resolves {@code activity}, {@code activity/{id}}, {@code crm/lead/{id}} and so on (decoded, one trailing slash
     * already dropped, as BQE's own samples post to {@code activity/}). A whole path that is in the catalogue is a
     * collection ({@code group/detail}), otherwise the last segment is an id.
     */
    private Target route(String path) {
        var whole = catalogue.find(path);
        if (whole.isPresent()) {
            return new Target(whole.get(), null);
        }
        int slash = path.lastIndexOf('/');
        if (slash > 0 && slash < path.length() - 1) {
            var parent = catalogue.find(path.substring(0, slash));
            if (parent.isPresent() && !parent.get().single()) {
                return new Target(parent.get(), path.substring(slash + 1));
            }
        }
        throw CoreErrors.notFound("No resource at '" + path + "'.");
    }

    /** The parts of a call that {@link DeclaredOperations} works with, as this server answers its own paths. */
    private DeclaredOperations.Call call(SandboxRequest request, CompanyData data, UUID user, CallerDay day) {
        return new DeclaredOperations.Call() {
            @Override
            public String method() {
                return request.method();
            }

            @Override
            public byte[] body() {
                return request.body();
            }

            @Override
            public ListQuery query() {
                return ListQuery.parse(ApiServer.query(request), config.defaultPageSize());
            }

            @Override
            public ObjectNode create(Catalogue.Resource resource, ObjectNode body) {
                return data.create(resource, day.withDefaultDate(resource, body), user);
            }

            @Override
            public ObjectNode update(Catalogue.Resource resource, String id, ObjectNode body) {
                return data.update(resource, id, body, user);
            }
        };
    }

    private static String decode(String raw) {
        try {
            // Percent-decoding only: in a path, '+' is a plus sign.
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw CoreErrors.badRequest("The path '" + raw + "' is not validly percent-encoded.");
        }
    }

    private static Map<String, List<String>> query(SandboxRequest request) {
        try {
            return request.query();
        } catch (IllegalArgumentException e) {
            throw CoreErrors.badRequest("The query string is not validly percent-encoded: " + e.getMessage());
        }
    }
}
