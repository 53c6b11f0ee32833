package dev.corekit.sandbox.api;

import dev.corekit.sandbox.SandboxCollection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The CORE collections the sandbox serves, read from {@code dev/corekit/sandbox/collections.tsv} (a copy of the
 * project's catalogue: {@code path}, {@code kind} {@code list|single}, {@code fields} as {@code name:type} pairs).
 * Paths are looked up ignoring case, as CORE is an ASP.NET service whose routes ignore case.
 */
public final class Catalogue {
    /** The classpath location of the catalogue. */
    public static final String RESOURCE = "/dev/corekit/sandbox/collections.tsv";

    private final List<Resource> resources;
    private final Map<String, Resource> byPath = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /**
     * One collection or single object of the catalogue.
     *
     * @param path the path below the company endpoint, e.g. {@code crm/lead}
     * @param single {@code true} for a single object ({@code company}, {@code setting/timeexpense})
     * @param fields the known field names and their catalogue types ({@code uuid}, {@code any}, ...), in order
     * @param own {@code true} for a collection of the user's own ({@link SandboxCollection})
     */
    public record Resource(String path, boolean single, Map<String, String> fields, boolean own) {
        /**
         * Checks the resource and copies its fields.
         *
         * @param path the collection path, e.g. {@code activity}
         * @param single whether the path holds one object instead of a list
         * @param fields the field names and their types
         * @param own whether the configuration declared it
         */
        public Resource {
            Objects.requireNonNull(path, "path");
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        /**
         * A resource of the catalogue.
         *
         * @param path the collection path, e.g. {@code activity}
         * @param single whether the path holds one object instead of a list
         * @param fields the field names and their types
         */
        public Resource(String path, boolean single, Map<String, String> fields) {
            this(path, single, fields, false);
        }

        /** {@return whether queries may name any field: a collection of the user's own that declares no fields} */
        public boolean acceptsAnyField() {
            return own && fields.isEmpty();
        }

        /**
         * {@return whether the catalogue lists {@code name} for this resource, ignoring case}
         *
         * @param name a JSON property name
         */
        public boolean hasField(String name) {
            return fields.keySet().stream().anyMatch(known -> known.equalsIgnoreCase(name));
        }
    }

    Catalogue(List<Resource> resources) {
        this.resources = List.copyOf(resources);
        for (Resource resource : this.resources) {
            if (byPath.putIfAbsent(resource.path(), resource) != null) {
                throw new IllegalArgumentException("catalogue lists " + resource.path() + " twice");
            }
        }
    }

    /**
     * Reads the catalogue from the classpath.
     *
     * @return the catalogue
     */
    public static Catalogue load() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sandbox catalogue " + RESOURCE + " is not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sandbox catalogue " + RESOURCE, e);
        }
    }

    /** Parses the TSV text: a header line, then {@code path}, {@code kind}, {@code fields}[, {@code source}]. */
    static Catalogue parse(String tsv) {
        List<Resource> resources = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(tsv))) {
            String line = reader.readLine(); // the header
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length < 3 || !(columns[1].equals("list") || columns[1].equals("single"))) {
                    throw new IllegalArgumentException(
                            "catalogue line " + number + " is not path, list|single, fields");
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (String pair : columns[2].split(",")) {
                    if (pair.isBlank()) {
                        continue;
                    }
                    int colon = pair.indexOf(':');
                    fields.put(
                            colon < 0 ? pair.trim() : pair.substring(0, colon).trim(),
                            colon < 0 ? "any" : pair.substring(colon + 1).trim());
                }
                resources.add(new Resource(columns[0].trim(), columns[1].equals("single"), fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Catalogue(resources);
    }

    /**
     * {@return this catalogue with the user's own collections after its resources}
     *
     * @param collections the configuration's own collections
     */
    public Catalogue with(List<SandboxCollection> collections) {
        List<Resource> all = new ArrayList<>(resources);
        for (SandboxCollection collection : collections) {
            Map<String, String> fields = new LinkedHashMap<>();
            collection.fields().forEach(name -> fields.put(name, "any"));
            all.add(new Resource(collection.path(), false, fields, true));
        }
        return new Catalogue(all);
    }

    /** {@return every resource, in catalogue order} */
    public List<Resource> resources() {
        return resources;
    }

    /**
     * {@return the resource at exactly {@code path} (ignoring case), if any}
     *
     * @param path a collection path, e.g. {@code activity}
     */
    public Optional<Resource> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The resource at {@code path}, or an {@link IllegalArgumentException} naming it. */
    Resource require(String path) {
        return find(path).orElseThrow(() -> new IllegalArgumentException("the sandbox serves no path '" + path + "'"));
    }
}
