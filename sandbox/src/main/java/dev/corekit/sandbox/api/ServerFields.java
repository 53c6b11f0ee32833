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
 * {@code lastUpdated}, {@code lastUpdatedById} and {@code version}. Values the client sends for them are ignored.
 * Every other property, known to the catalogue or not, is kept exactly as sent and in the order sent.
 */
final class ServerFields {
    /** The fields the server owns. */
    static final Set<String> MANAGED =
            Set.of("id", "createdOn", "createdById", "lastUpdated", "lastUpdatedById", "version");

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

    /** The object to store for a create: {@code id} first, then what was sent, then the server fields. */
    ObjectNode created(String id, ObjectNode sent, UUID user) {
        String now = ApiJson.timestamp(clock.instant());
        ObjectNode stored = ApiJson.object();
        stored.put("id", id);
        copyClientFields(sent, stored);
        // set() replaces a property in place, so a field the client sent (e.g. "version": null) keeps its position.
        stored.put("createdOn", now);
        stored.put("createdById", user.toString());
        stored.put("lastUpdated", now);
        stored.put("lastUpdatedById", user.toString());
        stored.put("version", nextVersion());
        return stored;
    }

    /** The object to store for an update of {@code stored}: the client's fields replace all earlier ones. */
    ObjectNode updated(ObjectNode stored, ObjectNode sent, UUID user) {
        ObjectNode next = ApiJson.object();
        next.set("id", stored.get("id"));
        copyClientFields(sent, next);
        next.set("createdOn", stored.get("createdOn"));
        next.set("createdById", stored.get("createdById"));
        next.put("lastUpdated", ApiJson.timestamp(clock.instant()));
        next.put("lastUpdatedById", user.toString());
        next.put("version", nextVersion());
        return next;
    }

    private static void copyClientFields(ObjectNode sent, ObjectNode target) {
        for (Map.Entry<String, JsonNode> field : sent.properties()) {
            if (field.getKey().equals("id")) {
                continue;
            }
            // Managed fields are written as placeholders first so that they keep the client's position.
            target.set(
                    field.getKey(),
                    MANAGED.contains(field.getKey()) ? null : field.getValue().deepCopy());
        }
    }
}
