package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The objects of one collection of one company, in creation order, by id (ids match ignoring case, as UUIDs do).
 * Thread-safe. Stored objects are never changed in place: an update stores a new tree, so a list taken earlier can
 * be read without a lock.
 */
final class StoredCollection {
    private final Map<String, ObjectNode> byId = new LinkedHashMap<>();

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    synchronized List<ObjectNode> snapshot() {
        return new ArrayList<>(byId.values());
    }

    synchronized Optional<ObjectNode> get(String id) {
        return Optional.ofNullable(byId.get(key(id)));
    }

    synchronized boolean contains(String id) {
        return byId.containsKey(key(id));
    }

    /** Adds an object; its {@code id} must be new. */
    synchronized void insert(ObjectNode object) {
        String id = object.get("id").asText();
        if (byId.putIfAbsent(key(id), object) != null) {
            throw new IllegalStateException("id " + id + " is taken");
        }
    }

    /**
     * Replaces the object {@code id} with {@code change} applied to it, atomically: no other change of this
     * collection runs in between, so a version check inside {@code change} cannot race. The object keeps its place
     * in creation order. Empty when there is no such object.
     */
    synchronized Optional<ObjectNode> replace(String id, UnaryOperator<ObjectNode> change) {
        ObjectNode current = byId.get(key(id));
        if (current == null) {
            return Optional.empty();
        }
        ObjectNode next = change.apply(current);
        byId.put(key(id), next);
        return Optional.of(next);
    }

    /** Replaces the object {@code id} as {@link #replace} does, or adds {@code create}'s object when there is none. */
    synchronized ObjectNode upsert(String id, UnaryOperator<ObjectNode> change, Supplier<ObjectNode> create) {
        ObjectNode current = byId.get(key(id));
        ObjectNode next = current == null ? create.get() : change.apply(current);
        byId.put(key(id), next);
        return next;
    }

    synchronized boolean remove(String id) {
        return byId.remove(key(id)) != null;
    }

    synchronized void clear() {
        byId.clear();
    }
}
