package dev.corekit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreJson;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.auth.AuthorizationResult;
import dev.corekit.runtime.error.CoreConflictException;
import dev.corekit.runtime.error.CoreNotFoundException;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.api.ApiServer;
import dev.corekit.sandbox.api.CompanyData;
import dev.corekit.sandbox.journal.JournalEntry;
import dev.corekit.sandbox.junit.CoreSandboxExtension;
import feign.RequestLine;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of every path of the catalogue, over HTTP against one sandbox, through the facade {@link Core} on a
 * real {@link CoreClient} that was authorized once with the authorization-code flow (PKCE, the sandbox approving at
 * once).
 *
 * <p>For a resource that can be created: a DTO with every field set (see {@link Populated}; the server fields
 * {@code id}, {@code createdOn}, {@code createdById}, {@code lastUpdated}, {@code lastUpdatedById} and {@code version}
 * are left unset, as the server owns them) is created, read back equal to what was sent plus the server fields, found
 * with a {@code where} on its first text field, updated with the version it came back with (and refused with a stale
 * one), streamed with five more in pages of two, and deleted. The read-only resources are listed and read: the
 * deleted history from data seeded in the sandbox, the single objects {@code company} and {@code setting/timeexpense}
 * as the sandbox seeds them.
 *
 * <p>Every operation a declaration adds with {@code @CoreEndpoint} (a generated client method beyond list, get,
 * create, update, delete and stream) has a case that calls it and checks the request CORE received; an operation
 * without a case fails.
 */
class CatalogueContractTest {
    private static final String COMPANY = "demo-company-a";

    @RegisterExtension
    static final CoreSandboxExtension SANDBOX = CoreSandboxExtension.configure(
            builder -> builder.configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, COMPANY)));

    /** corekit's mapper, as {@code CoreClient} uses it. */
    private static final ObjectMapper CORE = CoreJson.mapper();

    /** Compares JSON trees with exact decimals: {@code 1234.5600} is not {@code 1234.56}. */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Set<String> STANDARD_OPERATIONS =
            Set.of("list", "get", "create", "update", "delete", "stream");

    /** How many objects the stream check walks, in pages of {@link #PAGE_SIZE}. */
    private static final int STREAMED = 6;

    private static final int PAGE_SIZE = 2;

    private static CoreSandbox sandbox;
    private static CompanyData data;
    private static Core core;
    private static Map<String, Facade.Entry> byPath;

    @BeforeAll
    static void authorize(CoreSandbox started) throws Exception {
        sandbox = started;
        data = sandbox.api().company(COMPANY);
        CoreClient client = CoreClient.builder()
                .clientId(SandboxConfig.DEMO_CLIENT_ID)
                .clientSecret(SandboxConfig.DEMO_CLIENT_SECRET)
                .redirectUri(SandboxConfig.DEMO_REDIRECT_URI)
                .scopes("readwrite:core", "offline_access")
                .identityServer(sandbox.identityUrl())
                .allowInsecureLoopback()
                .build();
        AuthorizationRequest request = client.authorization().start();
        // The "browser": the sandbox approves at once and redirects to the callback, which is not followed.
        HttpResponse<Void> redirect = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(HttpRequest.newBuilder(request.uri()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(redirect.statusCode()).isBetween(300, 399);
        URI callback = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        AuthorizationResult result = client.authorization().complete(callback);

        assertThat(result.tokens().endpoint()).isEqualTo(sandbox.endpoint(COMPANY));
        assertThat(client.isAuthorized()).isTrue();
        core = new Core(client);
        byPath = Facade.entries().stream().collect(Collectors.toMap(Facade.Entry::path, Function.identity()));
    }

    static Stream<CatalogueTsv.Row> catalogue() {
        return CatalogueTsv.rows().stream();
    }

    static Stream<Arguments> facade() {
        return Facade.entries().stream().map(entry -> Arguments.of(Named.of(entry.call(), entry)));
    }

    @Test
    void everyPathOfTheCatalogueHasACase() {
        List<CatalogueTsv.Row> rows = catalogue().toList();
        assertThat(rows).hasSize(89);
        assertThat(rows.stream().map(CatalogueTsv.Row::path)).doesNotHaveDuplicates();
        assertThat(byPath.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        rows.stream().map(CatalogueTsv.Row::path).toList());
        Map<String, Long> kinds = rows.stream()
                .collect(Collectors.groupingBy(
                        row -> kind(Api.of(row.path())).name(), TreeMap::new, Collectors.counting()));
        assertThat(kinds).isEqualTo(Map.of("CREATABLE", 86L, "READ_ONLY", 1L, "SINGLE", 2L));
    }

    /** Every {@code @CoreEndpoint} of every declaration: a client method with a request line, not a standard one. */
    static Stream<Arguments> declaredOperations() {
        return Facade.entries().stream()
                .flatMap(entry -> declaredOperations(entry.api()).stream()
                        .map(operation -> Arguments.of(
                                Named.of(entry.path() + ": " + requestLine(operation), entry), operation)));
    }

    private static List<Method> declaredOperations(Class<?> api) {
        return Arrays.stream(api.getMethods())
                .filter(m -> m.isAnnotationPresent(RequestLine.class))
                .filter(m -> !STANDARD_OPERATIONS.contains(m.getName()))
                .sorted(java.util.Comparator.comparing(Method::getName))
                .toList();
    }

    @Test
    void theDeclaredOperationsAreFound() {
        Set<String> found = declaredOperations()
                .map(arguments -> {
                    Facade.Entry entry = (Facade.Entry) ((Named<?>) arguments.get()[0]).getPayload();
                    return entry.path() + "#" + ((Method) arguments.get()[1]).getName();
                })
                .collect(Collectors.toSet());

        assertThat(found)
                .containsAll(List.of(
                        "timeentry#batch",
                        "expenseentry#batch",
                        "project#batch",
                        "project#activities",
                        "project#resources",
                        "document#batch",
                        "document#uri",
                        "crm/prospect#batch",
                        "hr/employeebenefit#batch",
                        "hr/employeebenefitusage#batch"));
    }

    /**
     * Calls one declared operation through the facade's client; the sandbox must have received the request its
     * request line declares and answered it with success.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("declaredOperations")
    void everyDeclaredOperationIsCalled(Facade.Entry entry, Method operation) {
        named(entry.path() + ": " + requestLine(operation), () -> {
            Api api = Api.of(entry.path());
            int before = sandbox.journal().entries().size();
            switch (operation.getName()) {
                case "batch" -> batch(api);
                case "activities" -> projectSubList(api, "activities", "projectassignment/activity");
                case "resources" -> projectSubList(api, "resources", "projectassignment/resource");
                case "uri" -> documentUri(api);
                default ->
                    throw new AssertionError("no contract case calls " + entry.path() + " " + requestLine(operation)
                            + ": add one to " + CatalogueContractTest.class.getSimpleName());
            }
            String line = requestLine(operation);
            String method = line.substring(0, line.indexOf(' '));
            String path = Arrays.stream(("/api/" + COMPANY + line.substring(line.indexOf(' ') + 1)).split("\\{id}", -1))
                    .map(Pattern::quote)
                    .collect(Collectors.joining("[0-9a-fA-F-]{36}"));
            List<JournalEntry> seen = sandbox.journal()
                    .entries()
                    .subList(before, sandbox.journal().entries().size());
            assertThat(seen).as("requests for %s", line).anySatisfy(e -> {
                assertThat(e.method()).isEqualTo(method);
                assertThat(e.path()).matches(path);
                assertThat(e.status()).isBetween(200, 299);
            });
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void contract(CatalogueTsv.Row row) {
        named(row.path(), () -> {
            Api api = Api.of(row.path());
            assertThat(row.single()).as("single in the catalogue").isEqualTo(api.isSingle());
            switch (kind(api)) {
                case SINGLE -> singleObject(api);
                case READ_ONLY -> readOnlyCollection(api);
                case CREATABLE -> fullCycle(api);
            }
        });
    }

    /** Every resource is reached through the facade and answers list and get over HTTP (single ones: get). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("facade")
    void everyCollectionIsReachableThroughTheFacade(Facade.Entry entry) {
        named(entry.call(), () -> reachable(entry));
    }

    private static void reachable(Facade.Entry entry) {
        Object client = reach(entry.call());
        assertThat(client).as(entry.call()).isInstanceOf(entry.api());
        Api api = new Api(entry.path(), entry.api(), Facade.dtoOf(entry.api()), client);
        if (api.isSingle()) {
            assertThat(tree(api.getSingle())).isEqualTo(exact(data.single(entry.path())));
            return;
        }
        // Seeded behind the client's back, so the client reads JSON it did not write, server fields included.
        ObjectNode stored = data.put(entry.path(), toObjectNode(Populated.of(api.dto())));
        UUID id = UUID.fromString(stored.get("id").asText());

        List<?> listed = api.list(CoreQuery.builder().where("id='" + id + "'").build());
        Object read = api.get(id);

        assertThat(listed).hasSize(1);
        assertThat(tree(listed.get(0))).isEqualTo(exact(stored));
        assertThat(tree(read)).isEqualTo(exact(stored));
        assertThat(api.list(CoreQuery.all())).isNotEmpty();
    }

    // ---- the three kinds of resources ----

    private enum Kind {
        CREATABLE,
        READ_ONLY,
        SINGLE
    }

    private static Kind kind(Api api) {
        Set<String> operations = api.standardOperations();
        if (api.isSingle()) {
            assertThat(operations).as("operations of %s", api.path()).containsExactly("get");
            return Kind.SINGLE;
        }
        if (!operations.contains("create")) {
            assertThat(operations)
                    .as("operations of %s", api.path())
                    .containsExactlyInAnyOrder("list", "get", "stream");
            return Kind.READ_ONLY;
        }
        assertThat(operations).as("operations of %s", api.path()).isEqualTo(STANDARD_OPERATIONS);
        return Kind.CREATABLE;
    }

    private static void singleObject(Api api) {
        Object read = api.getSingle();

        assertThat(read).isInstanceOf(api.dto());
        assertThat(tree(read)).isEqualTo(exact(data.single(api.path())));
        assertThat(unknown(read))
                .as("properties %s does not declare", api.dto().getSimpleName())
                .isEmpty();
        if (read instanceof Company company) {
            assertThat(company.companyId()).isEqualTo(COMPANY);
        }
    }

    private static void readOnlyCollection(Api api) {
        Object seeded = Populated.of(api.dto());
        ObjectNode stored = data.put(api.path(), toObjectNode(seeded));
        UUID id = UUID.fromString(stored.get("id").asText());
        data.put(api.path(), toObjectNode(Populated.of(api.dto())));
        Populated.Setter field = whereField(api.dto());

        List<?> all = api.list(CoreQuery.all());
        List<Object> found = api.list(whereEquals(field, Populated.get(seeded, accessor(field))));
        Object read = api.get(id);

        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        assertThat(found).hasSize(1);
        assertThat(id(found.get(0))).isEqualTo(id);
        assertThat(minusServerFields(tree(read))).isEqualTo(minusServerFields(tree(seeded)));
        assertThat(tree(read)).isEqualTo(exact(stored));
        assertThatThrownBy(() -> api.get(UUID.randomUUID())).isInstanceOf(CoreNotFoundException.class);
    }

    private static void fullCycle(Api api) {
        // Create: every field but the server's set; the answer is what was sent plus the server fields.
        Object sent = Populated.of(api.dto());
        Object created = api.create(sent);
        UUID id = id(created);
        assertThat(id).as("id of the created %s", api.path()).isNotNull();
        assertServerFields(api, created, tree(created));
        assertSentPlusServerFields(api, sent, created);

        // Get: the same object.
        Object read = api.get(id);
        assertThat(read).isEqualTo(created);
        assertSentPlusServerFields(api, sent, read);

        // Where: on the first text field (a date or id where there is none), exactly this object.
        Populated.Setter field = whereField(api.dto());
        Object value = Populated.get(sent, accessor(field));
        List<Object> found = api.list(whereEquals(field, value));
        assertThat(found).as("where %s", whereEquals(field, value)).containsExactly(read);

        // Update: the field changed, with the version read; the version moves on, the old one is refused.
        Object newValue = Populated.value(field.type());
        Object changed = Populated.build(Populated.set(Populated.toBuilder(read), field, newValue));
        Object updated = api.update(id, changed);
        Object reread = api.get(id);
        assertThat(reread).isEqualTo(updated);
        assertThat(Populated.get(reread, accessor(field))).isEqualTo(newValue);
        assertThat(minusServerFields(tree(reread))).isEqualTo(minusServerFields(tree(changed)));
        JsonNode readTree = tree(read);
        JsonNode rereadTree = tree(reread);
        assertThat(rereadTree.get("version")).isNotEqualTo(readTree.get("version"));
        assertThat(rereadTree.get("createdOn")).isEqualTo(readTree.get("createdOn"));
        assertThat(rereadTree.get("id")).isEqualTo(readTree.get("id"));
        assertThat(api.list(whereEquals(field, newValue))).containsExactly(reread);
        assertThat(api.list(whereEquals(field, value))).isEmpty();
        assertThatThrownBy(() -> api.update(id, changed)).isInstanceOf(CoreConflictException.class);

        // Stream: with five more, in pages of two, every object exactly once, page after page.
        List<UUID> mine = new ArrayList<>(List.of(id));
        for (int i = 1; i < STREAMED; i++) {
            mine.add(id(api.create(Populated.of(api.dto()))));
        }
        int before = sandbox.journal().entries().size();
        List<UUID> streamed;
        try (Stream<?> all = api.stream(CoreQuery.builder().pageSize(PAGE_SIZE).build())) {
            streamed = all.map(CatalogueContractTest::id).toList();
        }
        assertThat(streamed).doesNotHaveDuplicates().containsAll(mine);
        assertThat(new HashSet<>(streamed))
                .isEqualTo(data.list(api.path()).stream()
                        .map(o -> UUID.fromString(o.get("id").asText()))
                        .collect(Collectors.toSet()));
        List<String> pages = sandbox
                .journal()
                .entries()
                .subList(before, sandbox.journal().entries().size())
                .stream()
                .filter(e -> e.method().equals("GET") && e.path().endsWith("/" + api.path()))
                .map(CatalogueContractTest::pageParameter)
                .toList();
        int expectedPages = streamed.size() / PAGE_SIZE + 1;
        assertThat(pages)
                .as("page requests of the stream")
                .hasSizeGreaterThanOrEqualTo(3)
                .hasSize(expectedPages)
                .isEqualTo(Stream.iterate(0, n -> n + 1)
                        .limit(expectedPages)
                        .map(n -> n + "," + PAGE_SIZE)
                        .toList());

        // Delete: gone.
        api.delete(id);
        assertThatThrownBy(() -> api.get(id)).isInstanceOf(CoreNotFoundException.class);
        assertThatThrownBy(() -> api.delete(id)).isInstanceOf(CoreNotFoundException.class);
        assertThat(api.list(whereEquals(field, newValue))).isEmpty();
        assertThat(data.get(api.path(), id.toString())).isEmpty();
    }

    // ---- the declared operations ----

    /** Two new objects in one batch, then an update of one of them by a second batch. */
    private static void batch(Api api) {
        List<Object> sent = List.of(Populated.of(api.dto()), Populated.of(api.dto()));
        JsonNode job = api.batch(sent);

        assertThat(job.get("status").asText()).as("job %s", job).isEqualTo("Completed");
        assertThat(job.get("total").asInt()).isEqualTo(2);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            JsonNode result = job.get("results").get(i);
            assertThat(result.get("status").asInt()).as("result %s", result).isEqualTo(201);
            UUID id = UUID.fromString(result.get("id").asText());
            ids.add(id);
            Object read = api.get(id);
            assertThat(minusServerFields(tree(read))).isEqualTo(minusServerFields(tree(sent.get(i))));
            assertThat(tree(read).get("version").asText())
                    .isEqualTo(result.get("version").asText());
        }

        Object read = api.get(ids.get(0));
        Populated.Setter field = whereField(api.dto());
        Object newValue = Populated.value(field.type());
        Object changed = Populated.build(Populated.set(Populated.toBuilder(read), field, newValue));
        JsonNode update = api.batch(List.of(changed));

        assertThat(update.get("results").get(0).get("status").asInt()).isEqualTo(200);
        assertThat(Populated.get(api.get(ids.get(0)), accessor(field))).isEqualTo(newValue);
        ids.forEach(api::delete);
    }

    /** A project's sub-list holds its own assignments only, filtered as a list is. */
    private static void projectSubList(Api api, String operation, String assignments) {
        UUID project = id(api.create(Populated.of(api.dto())));
        UUID other = id(api.create(Populated.of(api.dto())));
        ObjectNode first = data.put(assignments, assignment(project, "first"));
        data.put(assignments, assignment(other, "other"));
        ObjectNode second = data.put(assignments, assignment(project, "second"));

        List<JsonNode> all = api.subList(operation, project, CoreQuery.all());
        List<JsonNode> filtered = api.subList(
                operation,
                project,
                CoreQuery.builder().where("description='second'").build());

        assertThat(all).containsExactly(exact(first), exact(second));
        assertThat(filtered).containsExactly(exact(second));
        assertThatThrownBy(() -> api.subList(operation, UUID.randomUUID(), CoreQuery.all()))
                .isInstanceOf(CoreNotFoundException.class);
    }

    private static ObjectNode assignment(UUID project, String description) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("projectId", project.toString())
                .put("description", description);
    }

    /** A document's link is its {@code uri}, as a JSON string. */
    private static void documentUri(Api api) {
        Object created = api.create(Populated.of(api.dto()));

        JsonNode link = api.documentUri(id(created));

        assertThat(link.isTextual()).as("%s is a JSON string", link).isTrue();
        assertThat(link.asText()).isEqualTo(Populated.get(created, "uri"));
        assertThatThrownBy(() -> api.documentUri(UUID.randomUUID())).isInstanceOf(CoreNotFoundException.class);
    }

    private static String requestLine(Method operation) {
        return operation.getAnnotation(RequestLine.class).value();
    }

    // ---- assertions ----

    /** {@code actual} is {@code sent} plus the server fields: as JSON trees, and as DTOs where the DTO declares them. */
    private static void assertSentPlusServerFields(Api api, Object sent, Object actual) {
        assertThat(minusServerFields(tree(actual)))
                .as("%s as read, without the server fields, is what was sent", api.path())
                .isEqualTo(minusServerFields(tree(sent)));

        // The DTO: what was sent, with the server fields the DTO declares set from the answer.
        Object expected = Populated.toBuilder(sent);
        Set<String> serverFields = Populated.serverFields(api.path());
        Set<String> declared = new TreeSet<>();
        for (Populated.Setter setter : Populated.setters(api.dto())) {
            if (serverFields.contains(setter.json())) {
                declared.add(setter.json());
                Populated.set(expected, setter, Populated.get(actual, accessor(setter)));
            }
        }
        Set<String> undeclared = new TreeSet<>(serverFields);
        undeclared.removeAll(declared);
        // Server fields the declaration lacks are kept as unknown properties (and written back).
        assertThat(unknown(actual).keySet()).as("unknown properties").isEqualTo(undeclared);
        if (undeclared.isEmpty()) {
            assertThat(actual).isEqualTo(Populated.build(expected));
        }
    }

    private static void assertServerFields(Api api, Object dto, JsonNode json) {
        for (String name : Populated.serverFields(api.path())) {
            assertThat(json.hasNonNull(name))
                    .as("%s.%s is set", api.path(), name)
                    .isTrue();
        }
        String user = ApiServer.userId(SandboxConfig.DEMO_LOGIN).toString();
        assertThat(json.get("createdById").asText()).isEqualTo(user);
        assertThat(json.get("lastUpdatedById").asText()).isEqualTo(user);
        assertThat(LocalDateTime.parse(json.get("createdOn").asText())).isNotNull();
        assertThat(json.get("id").asText()).isEqualTo(id(dto).toString());
    }

    // ---- where ----

    /** The first text field the client sets; a date or id where the DTO has none (resourceschedule/week). */
    private static Populated.Setter whereField(Class<?> dto) {
        List<Populated.Setter> setters = Populated.clientSetters(dto);
        for (Class<?> type : List.of(String.class, LocalDateTime.class, UUID.class)) {
            for (Populated.Setter setter : setters) {
                if (setter.type() == type) {
                    return setter;
                }
            }
        }
        throw new AssertionError(dto.getName() + " has no text, date-time or id field to filter on");
    }

    private static CoreQuery whereEquals(Populated.Setter field, Object value) {
        String literal = value instanceof LocalDateTime dateTime
                ? DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime)
                : value.toString();
        return CoreQuery.builder()
                .where(field.json() + "='" + literal.replace("'", "''") + "'")
                .build();
    }

    // ---- the facade and the generated clients ----

    /** Evaluates a facade call such as {@code core.crm().lists().opportunityStages()} on the real facade. */
    private static Object reach(String call) {
        assertThat(call).startsWith("core.");
        Object node = core;
        for (String segment : call.substring("core.".length()).split("\\.")) {
            String name = segment.substring(0, segment.length() - "()".length());
            node = invoke(method(node.getClass(), name), node);
        }
        return node;
    }

    /** A generated client reached through the facade, called by reflection. */
    private record Api(String path, Class<?> type, Class<?> dto, Object client) {
        static Api of(String path) {
            Facade.Entry entry = byPath.get(path);
            assertThat(entry).as("the facade's client for %s", path).isNotNull();
            Object client = reach(entry.call());
            assertThat(client).as(entry.call()).isInstanceOf(entry.api());
            return new Api(path, entry.api(), Facade.dtoOf(entry.api()), client);
        }

        Set<String> standardOperations() {
            Set<String> names = new TreeSet<>();
            for (Method method : type.getMethods()) {
                if (!Modifier.isStatic(method.getModifiers()) && STANDARD_OPERATIONS.contains(method.getName())) {
                    names.add(method.getName());
                }
            }
            return names;
        }

        boolean isSingle() {
            return Arrays.stream(type.getMethods())
                    .anyMatch(m -> m.getName().equals("get") && m.getParameterCount() == 0);
        }

        @SuppressWarnings("unchecked")
        List<Object> list(CoreQuery query) {
            return (List<Object>) invoke(method(type, "list", CoreQuery.class), client, query);
        }

        Stream<?> stream(CoreQuery query) {
            return (Stream<?>) invoke(method(type, "stream", CoreQuery.class), client, query);
        }

        Object get(UUID id) {
            return invoke(method(type, "get", UUID.class), client, id);
        }

        Object getSingle() {
            return invoke(method(type, "get"), client);
        }

        Object create(Object body) {
            return invoke(method(type, "create", dto), client, body);
        }

        Object update(UUID id, Object body) {
            return invoke(method(type, "update", UUID.class, dto), client, id, body);
        }

        void delete(UUID id) {
            invoke(method(type, "delete", UUID.class), client, id);
        }

        JsonNode batch(List<Object> objects) {
            return (JsonNode) invoke(method(type, "batch", List.class), client, objects);
        }

        @SuppressWarnings("unchecked")
        List<JsonNode> subList(String name, UUID id, CoreQuery query) {
            return (List<JsonNode>) invoke(method(type, name, UUID.class, CoreQuery.class), client, id, query);
        }

        JsonNode documentUri(UUID id) {
            return (JsonNode) invoke(method(type, "uri", UUID.class), client, id);
        }
    }

    // ---- helpers ----

    /**
     * Runs one case, prefixing a failure's message with the case's name: Surefire's reports name parameterized
     * cases by index ({@code contract(Row)[12]}), not by their display name.
     */
    private static void named(String name, Runnable body) {
        try {
            body.run();
        } catch (AssertionError e) {
            AssertionError named = new AssertionError(name + ": " + e.getMessage(), e.getCause());
            named.setStackTrace(e.getStackTrace());
            throw named;
        } catch (RuntimeException e) {
            throw new AssertionError(name + ": " + e, e);
        }
    }

    private static UUID id(Object dto) {
        return (UUID) Populated.get(dto, "id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, JsonNode> unknown(Object dto) {
        return (Map<String, JsonNode>) Populated.get(dto, "unknownProperties");
    }

    /** The Java accessor of a field: the setter's name ({@code className} for JSON {@code class}). */
    private static String accessor(Populated.Setter setter) {
        return setter.method().getName();
    }

    /** The value of {@code page} in a journal entry's query, decoded, e.g. {@code 0,2}. */
    private static String pageParameter(JournalEntry entry) {
        for (String pair : Objects.requireNonNullElse(entry.query(), "").split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equalsIgnoreCase("page")) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return "(no page in " + entry.query() + ")";
    }

    /** A DTO as corekit writes it, read back with exact decimals. */
    private static JsonNode tree(Object dto) {
        try {
            return EXACT.readTree(CORE.writeValueAsString(dto));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode exact(JsonNode node) {
        try {
            return EXACT.readTree(EXACT.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode toObjectNode(Object dto) {
        return (ObjectNode) tree(dto);
    }

    private static JsonNode minusServerFields(JsonNode json) {
        ObjectNode copy = ((ObjectNode) json).deepCopy();
        copy.remove(Populated.SERVER_FIELDS);
        return copy;
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(type.getName() + " has no " + name + Arrays.toString(parameters), e);
        }
    }

    private static Object invoke(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot call " + method, e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
