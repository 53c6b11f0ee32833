package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query parameters of a list request and their effect. Parameter names ignore case ({@code orderBy} and
 * {@code orderby} are the same, as in ASP.NET); when a name repeats, the first value counts; a blank value counts as
 * absent; unknown parameters are ignored.
 *
 * <ul>
 *   <li>{@code page=N,SIZE}: page {@code N} counting from {@code 0}, {@code SIZE} 1 to 1000 (1 to 100 with
 *       {@code expand}); {@code page=N} uses the default size. Without {@code page}: page 0 of the configured default
 *       size (at most 100 with {@code expand}).
 *   <li>{@code where}: a filter, see {@link WhereParser}.
 *   <li>{@code orderBy}: {@code field [asc|desc]}, comma-separated keys; ties keep creation order, which is also the
 *       order without {@code orderBy}.
 *   <li>{@code fields}: a comma list of names; each object then holds just those of them it has, in the order asked
 *       ({@code id} only when asked for); {@code *} means all.
 *   <li>{@code expand}: accepted and only limits the page size, as the sandbox stores related data inline.
 * </ul>
 *
 * A page that starts beyond the data is answered {@code 204 No Content}, except page 0, which is {@code 200 []}.
 */
final class ListQuery {
    static final int MAX_PAGE_SIZE = 1000;
    static final int MAX_PAGE_SIZE_WITH_EXPAND = 100;

    private static final Pattern PAGE = Pattern.compile("\\s*(\\d{1,9})\\s*(?:,\\s*(\\d{1,9})\\s*)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DOTTED_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    /** One {@code orderBy} key. */
    record SortKey(String field, boolean descending) {}

    private final int page;
    private final int size;
    private final Expression where;
    private final List<SortKey> orderBy;
    private final List<String> fields;

    private ListQuery(int page, int size, Expression where, List<SortKey> orderBy, List<String> fields) {
        this.page = page;
        this.size = size;
        this.where = where;
        this.orderBy = orderBy;
        this.fields = fields;
    }

    /** Reads the parameters, or fails with {@code 400} (or {@code 501} for {@code COUNT(*)}). */
    static ListQuery parse(Map<String, List<String>> query, int defaultPageSize) {
        Map<String, String> params = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        query.forEach((name, values) -> {
            String value = values.isEmpty() ? "" : values.get(0);
            if (!value.isBlank()) {
                params.putIfAbsent(name, value);
            }
        });
        boolean expand = params.containsKey("expand");
        int maxSize = expand ? MAX_PAGE_SIZE_WITH_EXPAND : MAX_PAGE_SIZE;
        int page = 0;
        int size = Math.min(defaultPageSize, maxSize);
        String pageParam = params.get("page");
        if (pageParam != null) {
            Matcher matcher = PAGE.matcher(pageParam);
            if (!matcher.matches()) {
                throw CoreErrors.badRequest("Invalid page '" + pageParam
                        + "': write page=<number>,<size>, the number counting from 0, e.g. page=0,25.");
            }
            page = Integer.parseInt(matcher.group(1));
            if (matcher.group(2) != null) {
                long asked = Long.parseLong(matcher.group(2));
                if (asked < 1 || asked > maxSize) {
                    throw CoreErrors.badRequest("Invalid page size " + asked + ": it must be 1 to " + maxSize
                            + (expand ? " when expand is used." : "."));
                }
                size = (int) asked;
            }
        }
        String whereParam = params.get("where");
        Expression where = whereParam == null ? null : WhereParser.parse(whereParam);
        return new ListQuery(page, size, where, orderBy(params.get("orderBy")), fields(params.get("fields")));
    }

    private static List<SortKey> orderBy(String param) {
        List<SortKey> keys = new ArrayList<>();
        if (param == null) {
            return keys;
        }
        for (String key : param.split(",", -1)) {
            String[] words = key.trim().split("\\s+");
            boolean valid = words.length >= 1
                    && words.length <= 2
                    && DOTTED_NAME.matcher(words[0]).matches();
            String direction = words.length == 2 ? words[1].toLowerCase(Locale.ROOT) : "asc";
            if (!valid || !(direction.equals("asc") || direction.equals("desc"))) {
                throw CoreErrors.badRequest("Invalid orderBy key '" + key.trim()
                        + "': write field, field asc or field desc, keys separated by commas.");
            }
            keys.add(new SortKey(words[0], direction.equals("desc")));
        }
        return List.copyOf(keys);
    }

    private static List<String> fields(String param) {
        if (param == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String raw : param.split(",", -1)) {
            String name = raw.trim();
            if (name.equals("*")) {
                return null;
            }
            if (name.replace(" ", "").equalsIgnoreCase("count(*)")) {
                // CORE documents COUNT(*) but not the shape of its answer; inventing one would mislead.
                throw CoreErrors.notImplemented("fields=COUNT(*) is not emulated by the sandbox.");
            }
            if (!NAME.matcher(name).matches()) {
                throw CoreErrors.badRequest(
                        "Invalid fields entry '" + name + "': write field names separated by commas, or *.");
            }
            if (names.stream().noneMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /**
     * Filters, sorts, pages and projects {@code objects} (in creation order) of {@code resource}. A field name that
     * neither the catalogue nor any stored object knows is refused with {@code 400}, as CORE refuses unknown
     * columns (a collection of the user's own without declared fields accepts any name); a known field that an object
     * lacks is null for that object.
     */
    Answer run(Catalogue.Resource resource, List<ObjectNode> objects) {
        if (!resource.acceptsAnyField()) {
            checkNames(resource, objects);
        }
        List<ObjectNode> selected = new ArrayList<>();
        for (ObjectNode object : objects) {
            if (where == null || where.test(object)) {
                selected.add(object);
            }
        }
        if (!orderBy.isEmpty()) {
            selected.sort(comparator()); // stable: ties keep creation order
        }
        long from = (long) page * size;
        if (from >= selected.size() && page > 0) {
            return Answer.empty(204);
        }
        ArrayNode array = ApiJson.MAPPER.createArrayNode();
        int end = (int) Math.min(from + size, selected.size());
        for (int i = (int) Math.min(from, selected.size()); i < end; i++) {
            array.add(fields == null ? selected.get(i) : project(selected.get(i)));
        }
        return Answer.json(200, array);
    }

    private void checkNames(Catalogue.Resource resource, List<ObjectNode> objects) {
        Set<String> known = FieldAccess.knownNames(resource, objects);
        if (where != null) {
            List<Expression.FieldRef> refs = new ArrayList<>();
            where.fieldRefs(refs);
            for (Expression.FieldRef ref : refs) {
                if (!FieldAccess.isKnown(known, ref.name())) {
                    throw CoreErrors.badRequest("Invalid where expression: unknown field '" + ref.name()
                            + "' at position " + ref.position() + " (" + resource.path() + " has no such field).");
                }
            }
        }
        for (SortKey key : orderBy) {
            if (!FieldAccess.isKnown(known, key.field())) {
                throw CoreErrors.badRequest(
                        "Invalid orderBy: unknown field '" + key.field() + "' (" + resource.path() + ").");
            }
        }
        if (fields != null) {
            for (String name : fields) {
                if (!known.contains(name)) {
                    throw CoreErrors.badRequest(
                            "Invalid fields: unknown field '" + name + "' (" + resource.path() + ").");
                }
            }
        }
    }

    private Comparator<ObjectNode> comparator() {
        Comparator<ObjectNode> result = null;
        for (SortKey key : orderBy) {
            Comparator<ObjectNode> next =
                    (a, b) -> Values.order(FieldAccess.lookup(a, key.field()), FieldAccess.lookup(b, key.field()));
            if (key.descending()) {
                next = next.reversed();
            }
            result = result == null ? next : result.thenComparing(next);
        }
        return result;
    }

    private ObjectNode project(ObjectNode object) {
        ObjectNode projected = ApiJson.object();
        for (String name : fields) {
            String stored = FieldAccess.storedName(object, name);
            if (stored != null) {
                JsonNode value = object.get(stored);
                projected.set(stored, value);
            }
        }
        return projected;
    }
}
