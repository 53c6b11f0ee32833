package dev.corekit.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A collection of the user's own, served by every company's API next to the catalogue's and stored and queried like
 * them: list with {@code where}, {@code orderBy}, {@code fields} and {@code page}, get, create, update (with the
 * {@code version} rule) and delete, and the server fields set on create and update.
 *
 * @param path the path below the company endpoint, e.g. {@code mileage} or {@code custom/mileage}: segments of
 *     letters, digits, {@code _} and {@code -}; not a path of the catalogue
 * @param fields the field names queries may use before any object has them; empty: any name is accepted. Names an
 *     object has are always accepted, as for the catalogue
 * @param seed the objects every company starts with (and returns to on {@code clear()}); an object without an
 *     {@code id} gets one that is the same on every start
 */
public record SandboxCollection(String path, List<String> fields, List<ObjectNode> seed) {
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

    /**
     * Checks the path and copies the fields and seed.
     *
     * @param path the collection path
     * @param fields the field names it accepts
     * @param seed the objects it starts with
     */
    public SandboxCollection {
        Objects.requireNonNull(path, "path");
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("collection path '" + path
                    + "' must be segments of letters, digits, _ and -, separated by single slashes");
        }
        fields = List.copyOf(fields);
        seed = seed.stream().map(ObjectNode::deepCopy).toList();
    }

    /**
     * {@return a collection at {@code path} that starts empty and accepts any field name in queries}
     *
     * @param path the collection path, e.g. {@code project/tasks}
     */
    public static SandboxCollection of(String path) {
        return new SandboxCollection(path, List.of(), List.of());
    }

    /**
     * {@return this collection starting with {@code objects} in every company}
     *
     * @param objects the objects the collection starts with
     */
    public SandboxCollection withSeed(List<ObjectNode> objects) {
        return new SandboxCollection(path, fields, objects);
    }

    /**
     * {@return this collection with the field names queries may use before any object has them}
     *
     * @param names the field names the collection accepts
     */
    public SandboxCollection withFields(List<String> names) {
        return new SandboxCollection(path, names, seed);
    }

    /**
     * Copies of the seed objects.
     *
     * @return the seed objects
     */
    @Override
    public List<ObjectNode> seed() {
        return seed.stream().map(ObjectNode::deepCopy).toList();
    }
}
