package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fields CORE sets on every stored object: {@code id}, {@code createdOn}, {@code createdById},
 * {@code lastUpdated}, {@code lastUpdatedById} and {@code version}; and, on the collections whose catalogue entry
 * lists them, the change-tracking fields {@code objectState} ({@code "Unchanged"}: what the server holds is saved)
 * and {@code token} (an integer concurrency token: {@code 1} on create, one more on each update). Values the client
 * sends for them are ignored. Every other property, known to the catalogue or not, is kept exactly as sent and in the
 * order sent.
 */
final class ServerFields {
    /** The fields the server owns. */
    static final Set<String> MANAGED =
            Set.of("id", "createdOn", "createdById", "lastUpdated", "lastUpdatedById", "version");

    /** The state of an object the server holds: it is saved, so unchanged. */
    static final String SAVED_STATE = "Unchanged";

    /** The user behind objects the sandbox seeds itself or a test puts through {@link CompanyData#put}. */
    static final UUID SYSTEM_USER = userId("corekit-sandbox");

    /**
     * Versions count up from here. They look like SQL Server {@code rowversion} values (8 bytes, Base64), which is
     * what a string {@code version} on a .NET service usually is; clients must treat them as opaque.
     */
    private final AtomicLong versions = new AtomicLong(0x7D0);

    private final Clock clock;

    ServerFields(Clock clock) {
        this.clock = clock;
    }

    /** A stable id for a user: the same login always gets the same UUID, in every company and every run. */
    static UUID userId(String login) {
        return UUID.nameUUIDFromBytes(("corekit-sandbox-user:" + login).getBytes(StandardCharsets.UTF_8));
    }

    /** A new version string, never given out before by this server. */
    String nextVersion() {
        byte[] bytes = ByteBuffer.allocate(Long.BYTES)
                .putLong(versions.incrementAndGet())
                .array();
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Whether the server owns {@code name} in objects of {@code resource}. */
    static boolean isManaged(Catalogue.Resource resource, String name) {
        return MANAGED.contains(name) || (isTracking(name) && resource.fields().containsKey(name));
    }

    private static boolean isTracking(String name) {
        return name.equals("objectState") || name.equals("token");
    }

    /** The object to store for a create: {@code id} first, then what was sent, then the server fields. */
    ObjectNode created(Catalogue.Resource resource, String id, ObjectNode sent, UUID user) {
        String now = ApiJson.timestamp(clock.instant());
        ObjectNode stored = ApiJson.object();
        stored.put("id", id);
        copyClientFields(resource, sent, stored);
        // set() replaces a property in place, so a field the client sent (e.g. "version": null) keeps its position.
        stored.put("createdOn", now);
        stored.put("createdById", user.toString());
        stored.put("lastUpdated", now);
        stored.put("lastUpdatedById", user.toString());
        stored.put("version", nextVersion());
        track(resource, stored, 1);
        return stored;
    }

    /** The object to store for an update of {@code stored}: the client's fields replace all earlier ones. */
    ObjectNode updated(Catalogue.Resource resource, ObjectNode stored, ObjectNode sent, UUID user) {
        ObjectNode next = ApiJson.object();
        next.set("id", stored.get("id"));
        copyClientFields(resource, sent, next);
        next.set("createdOn", stored.get("createdOn"));
        next.set("createdById", stored.get("createdById"));
        next.put("lastUpdated", ApiJson.timestamp(clock.instant()));
        next.put("lastUpdatedById", user.toString());
        next.put("version", nextVersion());
        JsonNode token = stored.get("token");
        track(resource, next, token != null && token.canConvertToInt() ? token.intValue() + 1 : 1);
        return next;
    }

    private static void track(Catalogue.Resource resource, ObjectNode object, int token) {
        if (resource.fields().containsKey("objectState")) {
            object.put("objectState", SAVED_STATE);
        }
        if (resource.fields().containsKey("token")) {
            object.put("token", token);
        }
    }

    private static void copyClientFields(Catalogue.Resource resource, ObjectNode sent, ObjectNode target) {
        for (Map.Entry<String, JsonNode> field : sent.properties()) {
            if (field.getKey().equals("id")) {
                continue;
            }
            // Managed fields are written as placeholders first so that they keep the client's position.
            target.set(
                    field.getKey(),
                    isManaged(resource, field.getKey())
                            ? null
                            : field.getValue().deepCopy());
        }
    }
}
