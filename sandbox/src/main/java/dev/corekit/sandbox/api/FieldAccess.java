package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds fields of stored objects by the names used in {@code where}, {@code orderBy} and {@code fields}. Names match
 * ignoring case (CORE is .NET and its queries run against SQL Server, where column names ignore case); a dotted
 * name ({@code client.name}) reaches into nested objects.
 */
final class FieldAccess {
    private FieldAccess() {}

    /** The value of {@code name} in {@code object}, or {@code null} when the object has no such field. */
    static JsonNode lookup(JsonNode object, String name) {
        JsonNode current = object;
        for (String segment : name.split("\\.")) {
            if (current == null || !current.isObject()) {
                return null;
            }
            String stored = storedName((ObjectNode) current, segment);
            current = stored == null ? null : current.get(stored);
        }
        return current;
    }

    /** The property name {@code object} stores {@code name} under: the exact name if present, else any case. */
    static String storedName(ObjectNode object, String name) {
        if (object.has(name)) {
            return name;
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String candidate = names.next();
            if (candidate.equalsIgnoreCase(name)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The names a query may use for a collection: the catalogue's fields, the server fields, and every top-level
     * property of a stored object (CORE objects have more fields than the catalogue lists). Ignores case.
     */
    static Set<String> knownNames(Catalogue.Resource resource, Collection<ObjectNode> objects) {
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        known.addAll(resource.fields().keySet());
        known.addAll(ServerFields.MANAGED);
        for (ObjectNode object : objects) {
            object.fieldNames().forEachRemaining(known::add);
        }
        return known;
    }

    /** Whether {@code name} (dotted or not) starts with a known top-level name. */
    static boolean isKnown(Set<String> known, String name) {
        int dot = name.indexOf('.');
        return known.contains(dot < 0 ? name : name.substring(0, dot));
    }
}
