package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations CORE offers beyond list, get, create, update and delete, as corekit's catalogue declares them:
 *
 * <ul>
 *   <li>{@code POST {path}/batch} on {@link #BATCH_PATHS}: a JSON array of objects, saved one after the other. An
 *       object whose {@code id} names a stored object updates it (with the version rule of {@code PUT}); any other
 *       object is created (a new id, as {@code POST} gives). CORE runs a batch as a job; the sandbox finishes it
 *       before answering {@code 202} with the job: {@code id}, {@code status} ({@code Completed}, or
 *       {@code CompletedWithErrors} when an object failed), {@code total}, {@code succeeded}, {@code failed} and
 *       {@code results}, one per object in order: {@code index}, {@code status} ({@code 201} created, {@code 200}
 *       updated, else the error status), and {@code id} and {@code version}, or {@code error} (the error body).
 *       One failed object does not stop the others.
 *   <li>{@code GET project/{id}/activities} and {@code GET project/{id}/resources}: the project's
 *       {@code projectassignment/activity} and {@code projectassignment/resource} objects (those whose
 *       {@code projectId} is the id), as a list with {@code where}, {@code orderBy}, {@code fields} and {@code page};
 *       {@code 404} when there is no such project.
 *   <li>{@code GET document/uri/{id}}: the document's {@code uri} as a JSON string; {@code 404} when there is no such
 *       document or it has no {@code uri}.
 * </ul>
 *
 * Other methods on these paths answer {@code 405} with {@code Allow}.
 */
final class DeclaredOperations {
    /** The collections with {@code POST {path}/batch}. */
    static final Set<String> BATCH_PATHS = caseless(Set.of(
            "timeentry",
            "expenseentry",
            "project",
            "document",
            "crm/prospect",
            "hr/employeebenefit",
            "hr/employeebenefitusage"));

    /** {@code project/{id}/activities} lists {@code projectassignment/activity}, and so on. */
    private static final Map<String, String> PROJECT_SUBLISTS =
            Map.of("activities", "projectassignment/activity", "resources", "projectassignment/resource");

    private static final Pattern BATCH = Pattern.compile("(.+)/batch", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBLIST =
            Pattern.compile("project/([^/]+)/(activities|resources)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCUMENT_URI = Pattern.compile("document/uri/([^/]+)", Pattern.CASE_INSENSITIVE);

    /** How many objects one batch may hold, as a list page may. */
    static final int MAX_BATCH = 1000;

    private final Catalogue catalogue;

    DeclaredOperations(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** What the API needs from one call: its body, query, and how to create or update an object for its caller. */
    interface Call {
        String method();

        byte[] body();

        ListQuery query();

        /** Creates an object of {@code resource} as {@code POST} does. */
        ObjectNode create(Catalogue.Resource resource, ObjectNode body);

        /** Updates object {@code id} of {@code resource} as {@code PUT} does. */
        ObjectNode update(Catalogue.Resource resource, String id, ObjectNode body);
    }

    /** The answer when {@code path} (decoded, without a trailing slash) is one of these operations. */
    Optional<Answer> answer(String path, Call call, CompanyData data) {
        Matcher batch = BATCH.matcher(path);
        if (batch.matches() && BATCH_PATHS.contains(batch.group(1))) {
            allow(call, "POST", path);
            return Optional.of(batch(catalogue.require(batch.group(1)), call, data));
        }
        Matcher sublist = SUBLIST.matcher(path);
        if (sublist.matches()) {
            allow(call, "GET", path);
            String id = sublist.group(1);
            Catalogue.Resource project = catalogue.require("project");
            if (!data.collection(project).contains(id)) {
                throw CompanyData.notFound(project, id);
            }
            Catalogue.Resource assignments =
                    catalogue.require(PROJECT_SUBLISTS.get(sublist.group(2).toLowerCase(Locale.ROOT)));
            List<ObjectNode> mine = data.collection(assignments).snapshot().stream()
                    .filter(o -> o.path("projectId").asText().equalsIgnoreCase(id))
                    .toList();
            return Optional.of(call.query().run(assignments, mine));
        }
        Matcher uri = DOCUMENT_URI.matcher(path);
        if (uri.matches()) {
            allow(call, "GET", path);
            String id = uri.group(1);
            Catalogue.Resource document = catalogue.require("document");
            ObjectNode stored = data.collection(document).get(id).orElseThrow(() -> CompanyData.notFound(document, id));
            JsonNode link = stored.get("uri");
            if (link == null || link.isNull()) {
                throw CoreErrors.notFound("The document '" + id + "' has no uri.");
            }
            return Optional.of(Answer.json(200, TextNode.valueOf(link.asText())));
        }
        return Optional.empty();
    }

    private static void allow(Call call, String method, String path) {
        if (!call.method().equals(method)) {
            throw CoreErrors.methodNotAllowed(call.method() + " is not allowed on " + path + ".", method);
        }
    }

    private Answer batch(Catalogue.Resource resource, Call call, CompanyData data) {
        JsonNode body = ApiJson.parse(call.body());
        if (!body.isArray() || body.isEmpty()) {
            throw CoreErrors.badRequest("A batch of " + resource.path()
                    + " is a JSON array of one or more objects, not " + describe(body) + ".");
        }
        if (body.size() > MAX_BATCH) {
            throw CoreErrors.badRequest(
                    "A batch holds at most " + MAX_BATCH + " objects; this one has " + body.size() + ".");
        }
        ObjectNode job = ApiJson.object();
        job.put("id", UUID.randomUUID().toString());
        ArrayNode results = ApiJson.MAPPER.createArrayNode();
        int failed = 0;
        for (int index = 0; index < body.size(); index++) {
            ObjectNode result = results.addObject().put("index", index);
            try {
                saveOne(resource, body.get(index), call, data, result);
            } catch (ApiException e) {
                failed++;
                result.put("status", e.answer().status());
                result.set("error", e.answer().body());
            }
        }
        job.put("status", failed == 0 ? "Completed" : "CompletedWithErrors");
        job.put("total", body.size());
        job.put("succeeded", body.size() - failed);
        job.put("failed", failed);
        job.set("results", results);
        return Answer.json(202, job);
    }

    private static void saveOne(
            Catalogue.Resource resource, JsonNode item, Call call, CompanyData data, ObjectNode result) {
        if (!item.isObject()) {
            throw CoreErrors.badRequest("Each object of a batch must be a JSON object, not " + describe(item) + ".");
        }
        ObjectNode object = (ObjectNode) item;
        JsonNode id = object.get("id");
        boolean update =
                id != null && id.isTextual() && data.collection(resource).contains(id.asText());
        ObjectNode saved = update ? call.update(resource, id.asText(), object) : call.create(resource, object);
        result.put("status", update ? 200 : 201);
        result.set("id", saved.get("id"));
        result.set("version", saved.get("version"));
    }

    private static String describe(JsonNode node) {
        return node.isArray() ? "an empty array" : node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    private static Set<String> caseless(Set<String> paths) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(paths);
        return Collections.unmodifiableSet(set);
    }
}
