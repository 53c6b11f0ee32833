package dev.corekit.runtime;

import dev.corekit.runtime.internal.http.PercentEncoding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * The query string of a CORE list request: filter ({@code where}), sort ({@code orderBy}), projection
 * ({@code fields}), related objects ({@code expand}) and the page ({@code page=<number>,<size>}).
 *
 * <p>Instances are immutable and safe to share; build one with {@link #builder()} or start from {@link #all()}:
 *
 * <pre>{@code
 * CoreQuery query = CoreQuery.builder()
 *         .where("code='DEV' AND lastUpdated>='2025-01-01T00:00:00'")
 *         .orderBy("lastUpdated", CoreQuery.Direction.DESC)
 *         .fields("id", "code", "description")
 *         .pageSize(500)
 *         .build();
 * List<Activity> first = core.activities().list(query);
 * }</pre>
 *
 * <p>Expressions are written here exactly as CORE documents them, unencoded: generated clients send
 * {@link #toEncodedQueryMap()}, whose values corekit percent-encodes itself (Feign would leave a value that merely
 * looks encoded, such as {@code a%20b}, as it is). Limits CORE enforces on the server are
 * checked when the query is built, so a bad page size fails at the call site instead of as an HTTP error.
 */
public final class CoreQuery {

    /** The largest page CORE returns: {@value}. */
    public static final int MAX_PAGE_SIZE = 1000;

    /** The largest page CORE returns when {@code expand} is used: {@value}. */
    public static final int MAX_PAGE_SIZE_WITH_EXPAND = 100;

    /**
     * The page size sent when a page number is set without a size, and used by page walking when the query sets
     * none: {@value}. CORE's own default (25) is not documented, so corekit always sends an explicit size.
     */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private static final CoreQuery ALL = new CoreQuery(new Builder());

    private final String where;
    private final List<String> orderBy;
    private final List<String> fields;
    private final List<String> expand;
    private final Integer pageNumber;
    private final Integer pageSize;

    private CoreQuery(Builder builder) {
        this.where = builder.where;
        this.orderBy = List.copyOf(builder.orderBy);
        this.fields = List.copyOf(builder.fields);
        this.expand = List.copyOf(builder.expand);
        this.pageNumber = builder.pageNumber;
        this.pageSize = builder.pageSize;
    }

    /**
     * Returns the empty query: no parameters, so CORE applies its own defaults (all objects, first page, default
     * size).
     *
     * @return the query without parameters
     */
    public static CoreQuery all() {
        return ALL;
    }

    /**
     * Starts an empty builder.
     *
     * @return a new builder with no settings
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this query's settings, to derive a changed copy.
     *
     * @return a new builder initialised from this query
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns a copy of this query asking for another page; the other settings are kept.
     *
     * @param number the zero-based page number, at least 0
     * @param size the page size, 1 to {@link #MAX_PAGE_SIZE} ({@link #MAX_PAGE_SIZE_WITH_EXPAND} with expand)
     * @return the copy with the page set
     * @throws IllegalArgumentException if the number or size is out of range
     */
    public CoreQuery withPage(int number, int size) {
        return toBuilder().page(number, size).build();
    }

    /**
     * Returns the CORE filter expression, as given to {@link Builder#where(String)}.
     *
     * @return the filter, or empty if none was set
     */
    public Optional<String> where() {
        return Optional.ofNullable(where);
    }

    /**
     * Returns the sort keys in the order they were added, each rendered as CORE expects ({@code name},
     * {@code name asc} or {@code name desc}).
     *
     * @return the unmodifiable list of rendered sort keys; empty if none
     */
    public List<String> orderBy() {
        return orderBy;
    }

    /**
     * Returns the fields CORE is asked to return.
     *
     * @return the unmodifiable list of field names; empty means CORE's default set
     */
    public List<String> fields() {
        return fields;
    }

    /**
     * Returns the related objects CORE is asked to include, e.g. {@code customFields}.
     *
     * @return the unmodifiable list of names; empty if none
     */
    public List<String> expand() {
        return expand;
    }

    /**
     * Returns the page number set on this query.
     *
     * @return the zero-based page number, or empty if none was set
     */
    public OptionalInt pageNumber() {
        return pageNumber == null ? OptionalInt.empty() : OptionalInt.of(pageNumber);
    }

    /**
     * Returns the page size set on this query.
     *
     * @return the page size, or empty if none was set
     */
    public OptionalInt pageSize() {
        return pageSize == null ? OptionalInt.empty() : OptionalInt.of(pageSize);
    }

    /**
     * Renders the query parameters for Feign's {@code @QueryMap}. Only parameters that are set appear, in the order
     * {@code where}, {@code orderBy}, {@code fields}, {@code expand}, {@code page}; lists are joined with {@code ,};
     * {@code page} is {@code <number>,<size>}, with 0 for a missing number and {@link #DEFAULT_PAGE_SIZE} for a
     * missing size. Values are as written, not URL-encoded; see {@link #toEncodedQueryMap()}.
     *
     * @return an unmodifiable, insertion-ordered map of parameter name to {@code String} value
     */
    public Map<String, Object> toQueryMap() {
        // LinkedHashMap: a stable order keeps request URLs (and logs, and recorded test requests) reproducible.
        Map<String, Object> map = new LinkedHashMap<>();
        if (where != null) {
            map.put("where", where);
        }
        if (!orderBy.isEmpty()) {
            map.put("orderBy", String.join(",", orderBy));
        }
        if (!fields.isEmpty()) {
            map.put("fields", String.join(",", fields));
        }
        if (!expand.isEmpty()) {
            map.put("expand", String.join(",", expand));
        }
        if (pageNumber != null || pageSize != null) {
            int number = pageNumber == null ? 0 : pageNumber;
            // The builder only sets a number together with a size; the default keeps this total regardless.
            int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
            map.put("page", number + "," + size);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The parameters of {@link #toQueryMap()} with every value percent-encoded (RFC 3986: all but unreserved
     * characters), for Feign's {@code @QueryMap(encoded = true)}. The generated {@code list(CoreQuery)} sends this.
     *
     * @return an unmodifiable, insertion-ordered map of parameter name to encoded {@code String} value
     */
    public Map<String, Object> toEncodedQueryMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        toQueryMap().forEach((name, value) -> map.put(name, PercentEncoding.encode(String.valueOf(value))));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CoreQuery)) {
            return false;
        }
        CoreQuery that = (CoreQuery) other;
        return Objects.equals(where, that.where)
                && orderBy.equals(that.orderBy)
                && fields.equals(that.fields)
                && expand.equals(that.expand)
                && Objects.equals(pageNumber, that.pageNumber)
                && Objects.equals(pageSize, that.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(where, orderBy, fields, expand, pageNumber, pageSize);
    }

    /**
     * Shows the settings that are set, e.g. {@code CoreQuery{where=code='DEV', orderBy=[name desc], pageSize=50}}.
     */
    @Override
    public String toString() {
        // Settings as given rather than the rendered map, so an unset page number is told apart from page 0.
        StringJoiner joiner = new StringJoiner(", ", "CoreQuery{", "}");
        if (where != null) {
            joiner.add("where=" + where);
        }
        if (!orderBy.isEmpty()) {
            joiner.add("orderBy=" + orderBy);
        }
        if (!fields.isEmpty()) {
            joiner.add("fields=" + fields);
        }
        if (!expand.isEmpty()) {
            joiner.add("expand=" + expand);
        }
        if (pageNumber != null) {
            joiner.add("pageNumber=" + pageNumber);
        }
        if (pageSize != null) {
            joiner.add("pageSize=" + pageSize);
        }
        return joiner.toString();
    }

    /** The direction of a sort key given to {@link Builder#orderBy(String, Direction)}. */
    public enum Direction {
        /** Smallest first; rendered {@code asc}. */
        ASC,
        /** Largest first; rendered {@code desc}. */
        DESC;

        String render() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Collects the settings of a {@link CoreQuery}. Each setter checks its argument at once, so the stack trace points
     * at the bad call; the limit that depends on two settings (page size with expand) is checked in {@link #build()}.
     * A builder is not thread-safe; the queries it builds are.
     */
    public static final class Builder {

        private String where;
        private final List<String> orderBy = new ArrayList<>();
        private final List<String> fields = new ArrayList<>();
        private final List<String> expand = new ArrayList<>();
        private Integer pageNumber;
        private Integer pageSize;

        private Builder() {}

        private Builder(CoreQuery query) {
            this.where = query.where;
            this.orderBy.addAll(query.orderBy);
            this.fields.addAll(query.fields);
            this.expand.addAll(query.expand);
            this.pageNumber = query.pageNumber;
            this.pageSize = query.pageSize;
        }

        /**
         * Sets the CORE filter, replacing any earlier one. The expression is sent as is, e.g.
         * {@code code='DEV' AND lastUpdated>='2025-01-01T00:00:00'} or {@code parentId is null}: strings in single
         * quotes, date-times without offset.
         *
         * @param expression the filter expression, not blank
         * @return this builder
         * @throws NullPointerException if {@code expression} is null
         * @throws IllegalArgumentException if {@code expression} is blank
         */
        public Builder where(String expression) {
            Objects.requireNonNull(expression, "expression must not be null");
            if (expression.isBlank()) {
                // A blank filter would be sent as "where=" and CORE's answer to that is not documented.
                throw new IllegalArgumentException("where must not be blank, was '" + expression + "'");
            }
            this.where = expression;
            return this;
        }

        /**
         * Adds a sort key in CORE's default direction; call again to add further keys, which sort ties of the
         * earlier ones. Rendered {@code field}.
         *
         * @param field the field name, not blank
         * @return this builder
         * @throws NullPointerException if {@code field} is null
         * @throws IllegalArgumentException if {@code field} is blank
         */
        public Builder orderBy(String field) {
            orderBy.add(checkName("orderBy field", field, "field"));
            return this;
        }

        /**
         * Adds a sort key with an explicit direction; call again to add further keys. Rendered {@code field asc} or
         * {@code field desc}.
         *
         * @param field the field name, not blank
         * @param direction the sort direction
         * @return this builder
         * @throws NullPointerException if {@code field} or {@code direction} is null
         * @throws IllegalArgumentException if {@code field} is blank
         */
        public Builder orderBy(String field, Direction direction) {
            String name = checkName("orderBy field", field, "field");
            Objects.requireNonNull(direction, "direction must not be null");
            orderBy.add(name + " " + direction.render());
            return this;
        }

        /**
         * Sets the fields CORE returns, replacing any earlier list; no names clears it. Names are sent as is, so
         * CORE's {@code *} and {@code COUNT(*)} work too.
         *
         * @param names the field names, none blank
         * @return this builder
         * @throws NullPointerException if {@code names} or one of them is null
         * @throws IllegalArgumentException if a name is blank
         */
        public Builder fields(String... names) {
            Objects.requireNonNull(names, "names must not be null");
            // Arrays.asList, not List.of: List.of would reject a null element without saying which one.
            return fields(Arrays.asList(names));
        }

        /**
         * Sets the fields CORE returns, replacing any earlier list; an empty collection clears it.
         *
         * @param names the field names, in the order they are sent, none blank
         * @return this builder
         * @throws NullPointerException if {@code names} or one of them is null
         * @throws IllegalArgumentException if a name is blank
         */
        public Builder fields(Collection<String> names) {
            replace(fields, "fields", names);
            return this;
        }

        /**
         * Sets the related objects CORE includes (e.g. {@code customFields}), replacing any earlier list; no names
         * clears it. A query with expand may ask for at most {@link #MAX_PAGE_SIZE_WITH_EXPAND} objects per page.
         *
         * @param names the names, none blank
         * @return this builder
         * @throws NullPointerException if {@code names} or one of them is null
         * @throws IllegalArgumentException if a name is blank
         */
        public Builder expand(String... names) {
            Objects.requireNonNull(names, "names must not be null");
            return expand(Arrays.asList(names));
        }

        /**
         * Sets the related objects CORE includes, replacing any earlier list; an empty collection clears it.
         *
         * @param names the names, in the order they are sent, none blank
         * @return this builder
         * @throws NullPointerException if {@code names} or one of them is null
         * @throws IllegalArgumentException if a name is blank
         */
        public Builder expand(Collection<String> names) {
            replace(expand, "expand", names);
            return this;
        }

        /**
         * Sets the page to return.
         *
         * @param number the zero-based page number, at least 0
         * @param size the page size, 1 to {@link #MAX_PAGE_SIZE}
         * @return this builder
         * @throws IllegalArgumentException if the number or size is out of range
         */
        public Builder page(int number, int size) {
            if (number < 0) {
                throw new IllegalArgumentException("page number must be at least 0, was " + number);
            }
            this.pageSize = checkPageSize(size);
            this.pageNumber = number;
            return this;
        }

        /**
         * Sets the page size and leaves the page number as it is (sent as 0 when never set).
         *
         * @param size the page size, 1 to {@link #MAX_PAGE_SIZE}
         * @return this builder
         * @throws IllegalArgumentException if the size is out of range
         */
        public Builder pageSize(int size) {
            this.pageSize = checkPageSize(size);
            return this;
        }

        /**
         * Builds the immutable query.
         *
         * @return the query
         * @throws IllegalArgumentException if expand is set and the page size exceeds
         *     {@link #MAX_PAGE_SIZE_WITH_EXPAND}
         */
        public CoreQuery build() {
            // Checked here, not in the setters, because expand and the page size may be set in either order.
            if (!expand.isEmpty() && pageSize != null && pageSize > MAX_PAGE_SIZE_WITH_EXPAND) {
                throw new IllegalArgumentException("page size must be at most " + MAX_PAGE_SIZE_WITH_EXPAND
                        + " when expand is used, was " + pageSize + " (expand=" + expand + ")");
            }
            return new CoreQuery(this);
        }

        private static int checkPageSize(int size) {
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException(
                        "page size must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
            }
            return size;
        }

        private static void replace(List<String> target, String setting, Collection<String> names) {
            Objects.requireNonNull(names, "names must not be null");
            // Check everything before touching the list so a rejected call leaves the builder unchanged.
            List<String> checked = new ArrayList<>(names.size());
            int index = 0;
            for (String name : names) {
                checked.add(checkName(setting + "[" + index + "]", name, "names[" + index + "]"));
                index++;
            }
            target.clear();
            target.addAll(checked);
        }

        private static String checkName(String setting, String name, String parameter) {
            Objects.requireNonNull(name, parameter + " must not be null");
            if (name.isBlank()) {
                throw new IllegalArgumentException(setting + " must not be blank, was '" + name + "'");
            }
            return name;
        }
    }
}
