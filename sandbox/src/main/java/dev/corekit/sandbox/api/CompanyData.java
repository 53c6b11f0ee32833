package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.SandboxCollection;
import dev.corekit.sandbox.SandboxCompany;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One company's data: a collection per list path of the catalogue and one object per single path. Thread-safe.
 *
 * <p>Tests and users seed and inspect it directly, without tokens:
 *
 * <pre>{@code
 * CompanyData data = sandbox.api().company("demo-company-a");
 * ObjectNode activity = data.put("activity", (ObjectNode) new ObjectMapper().readTree("{\"code\":\"DEV\"}"));
 * List<ObjectNode> all = data.list("activity");
 * }</pre>
 *
 * Paths are catalogue paths ({@code activity}, {@code crm/lead}) or the user's own collections, matched ignoring
 * case. Every object handed out is a copy; changing it changes nothing stored.
 */
public final class CompanyData {
    private final SandboxCompany company;
    private final Catalogue catalogue;
    private final ServerFields fields;
    private final List<SandboxCollection> own;
    private final Map<String, StoredCollection> collections = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> singles = new ConcurrentHashMap<>();

    CompanyData(SandboxCompany company, Catalogue catalogue, ServerFields fields, List<SandboxCollection> own) {
        this.company = company;
        this.catalogue = catalogue;
        this.fields = fields;
        this.own = List.copyOf(own);
        for (Catalogue.Resource resource : catalogue.resources()) {
            if (!resource.single()) {
                collections.put(resource.path(), new StoredCollection());
            }
        }
        seed();
    }

    /** {@return the company's id, as in its endpoint URL} */
    public String companyId() {
        return company.id();
    }

    /**
     * Copies of the objects of a list path, in creation order.
     *
     * @param path a collection path, e.g. {@code activity}
     * @return the objects
     */
    public List<ObjectNode> list(String path) {
        return collection(listResource(path)).snapshot().stream()
                .map(ObjectNode::deepCopy)
                .toList();
    }

    /**
     * {@return a copy of one object of a list path}
     *
     * @param path a collection path, e.g. {@code activity}
     * @param id the object's id
     */
    public Optional<ObjectNode> get(String path, String id) {
        return collection(listResource(path)).get(id).map(ObjectNode::deepCopy);
    }

    /**
     * Stores an object in a list path and returns a copy of what was stored. With an {@code id} that exists, the
     * object replaces it (no version check: seeding is not a client); with a new {@code id} it is created with that
     * id; without one it gets a random UUID. The server fields ({@code createdOn}, {@code lastUpdated},
     * {@code version}, ...) are set as for an API call, by a fixed sandbox user.
     *
     * @param path a collection path, e.g. {@code activity}
     * @param object the object to store
     * @return the stored object
     */
    public ObjectNode put(String path, ObjectNode object) {
        Objects.requireNonNull(object, "object");
        Catalogue.Resource resource = listResource(path);
        StoredCollection collection = collection(resource);
        JsonNode idNode = object.get("id");
        String id = idNode == null || idNode.isNull() || idNode.asText().isBlank()
                ? UUID.randomUUID().toString()
                : idNode.asText();
        ObjectNode stored = collection.upsert(
                id,
                existing -> fields.updated(resource, existing, object, ServerFields.SYSTEM_USER),
                () -> fields.created(resource, id, object, ServerFields.SYSTEM_USER));
        return stored.deepCopy();
    }

    /**
     * Removes an object of a list path; {@code false} when there was none.
     *
     * @param path a collection path, e.g. {@code activity}
     * @param id the object's id
     * @return whether an object was removed
     */
    public boolean delete(String path, String id) {
        return collection(listResource(path)).remove(id);
    }

    /**
     * {@return a copy of a single object ({@code company}, {@code setting/timeexpense})}
     *
     * @param path a collection path, e.g. {@code activity}
     */
    public ObjectNode single(String path) {
        return singles.get(singleResource(path).path()).deepCopy();
    }

    /**
     * Replaces a single object with {@code object}, stored exactly as given (the API cannot change it).
     *
     * @param path a collection path, e.g. {@code activity}
     * @param object the object to store
     * @return the stored object
     */
    public ObjectNode putSingle(String path, ObjectNode object) {
        Objects.requireNonNull(object, "object");
        singles.put(singleResource(path).path(), object.deepCopy());
        return object.deepCopy();
    }

    /**
     * Every list path's objects and every single object, as stored, for {@link dev.corekit.sandbox.SandboxState}.
     *
     * @return a JSON object of lists and singles
     */
    public ObjectNode export() {
        ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        ObjectNode lists = out.putObject("lists");
        collections.forEach((path, collection) -> {
            List<ObjectNode> objects = collection.snapshot();
            if (!objects.isEmpty()) {
                objects.forEach(o -> lists.withArray(path).add(o.deepCopy()));
            }
        });
        ObjectNode single = out.putObject("singles");
        singles.forEach((path, object) -> single.set(path, object.deepCopy()));
        return out;
    }

    /**
     * Puts back what {@link #export()} wrote, objects exactly as they were stored.
     *
     * @param exported what {@link #export()} returned
     */
    public void restore(JsonNode exported) {
        collections.values().forEach(StoredCollection::clear);
        exported.path("lists").properties().forEach(entry -> {
            StoredCollection collection = collection(listResource(entry.getKey()));
            entry.getValue().forEach(o -> collection.insert(((ObjectNode) o).deepCopy()));
        });
        exported.path("singles")
                .properties()
                .forEach(entry ->
                        singles.put(singleResource(entry.getKey()).path(), ((ObjectNode) entry.getValue()).deepCopy()));
    }

    /**
     * Removes every object of every list path, then restores the single objects and the seed of the user's own
     * collections.
     */
    public void clear() {
        collections.values().forEach(StoredCollection::clear);
        seed();
    }

    private void seed() {
        for (Catalogue.Resource resource : catalogue.resources()) {
            if (resource.single()) {
                singles.put(resource.path(), SingleSeeds.seed(resource, company, fields));
            }
        }
        for (SandboxCollection collection : own) {
            Catalogue.Resource resource = catalogue.require(collection.path());
            StoredCollection stored = collection(resource);
            List<ObjectNode> objects = collection.seed();
            for (int i = 0; i < objects.size(); i++) {
                JsonNode sent = objects.get(i).get("id");
                // Without an id, the same one on every start and clear, so that tests and saved state can name it.
                String id = sent == null || sent.isNull() || sent.asText().isBlank()
                        ? UUID.nameUUIDFromBytes(("corekit-sandbox-" + collection.path() + ":" + company.id() + ":" + i)
                                        .getBytes(StandardCharsets.UTF_8))
                                .toString()
                        : sent.asText();
                stored.insert(fields.created(resource, id, objects.get(i), ServerFields.SYSTEM_USER));
            }
        }
    }

    // ---- used by the API handler; objects passed out here are the stored trees, to be read only ----

    StoredCollection collection(Catalogue.Resource resource) {
        return collections.get(resource.path());
    }

    ObjectNode storedSingle(Catalogue.Resource resource) {
        return singles.get(resource.path());
    }

    /** Creates an object from a client's body. CORE assigns the id, so an {@code id} in the body is ignored. */
    ObjectNode create(Catalogue.Resource resource, ObjectNode body, UUID user) {
        ObjectNode created = fields.created(resource, UUID.randomUUID().toString(), body, user);
        collection(resource).insert(created);
        return created;
    }

    /**
     * Replaces an object with a client's body, which must carry the current {@code version}. A body without a
     * version, or with another one, fails with {@code 409 OutDatedModel}; an {@code id} in the body that is not the
     * one in the URL fails with {@code 400}.
     */
    ObjectNode update(Catalogue.Resource resource, String id, ObjectNode body, UUID user) {
        JsonNode sentId = body.get("id");
        if (sentId != null && !sentId.isNull() && !sentId.asText().equalsIgnoreCase(id)) {
            throw CoreErrors.badRequest(
                    "The id in the body (" + sentId.asText() + ") is not the id in the URL (" + id + ").");
        }
        return collection(resource)
                .replace(id, stored -> {
                    JsonNode sent = body.get("version");
                    String current = stored.path("version").asText();
                    if (sent == null || sent.isNull()) {
                        throw CoreErrors.outdated("The object has no version. Read the object and send its current"
                                + " version with the update.");
                    }
                    if (!sent.asText().equals(current)) {
                        throw CoreErrors.outdated("The object was changed by someone else: version '" + sent.asText()
                                + "' is not the current version. Read the object again and reapply the change.");
                    }
                    return fields.updated(resource, stored, body, user);
                })
                .orElseThrow(() -> notFound(resource, id));
    }

    static ApiException notFound(Catalogue.Resource resource, String id) {
        return CoreErrors.notFound("No " + resource.path() + " with id '" + id + "' exists.");
    }

    private Catalogue.Resource listResource(String path) {
        Catalogue.Resource resource = catalogue.require(Objects.requireNonNull(path, "path"));
        if (resource.single()) {
            throw new IllegalArgumentException(resource.path() + " is a single object; use single(path)");
        }
        return resource;
    }

    private Catalogue.Resource singleResource(String path) {
        Catalogue.Resource resource = catalogue.require(Objects.requireNonNull(path, "path"));
        if (!resource.single()) {
            throw new IllegalArgumentException(resource.path() + " is a list; use list(path) or get(path, id)");
        }
        return resource;
    }
}
