package dev.corekit.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Builds generated DTOs with every field set, by reflection over the builder's public setters: each field gets a
 * value of its declared type, nested {@code @CoreModel} DTOs are built the same way (recursively, every field set),
 * lists get one element and maps one entry. Only the fields the server sets on the top-level object
 * ({@link #SERVER_FIELDS}) are left unset. Values are unique per call where the type allows (text, numbers, dates,
 * ids), so that a {@code where} on one of them finds exactly one object.
 */
final class Populated {
    /**
     * The fields CORE (and the sandbox) set on a stored object; a client's values for them are ignored. The
     * change-tracking ones ({@link #TRACKING_FIELDS}) only where the catalogue lists them: see {@link #serverFields}.
     */
    static final Set<String> SERVER_FIELDS = Set.of(
            "id", "createdOn", "createdById", "lastUpdated", "lastUpdatedById", "version", "objectState", "token");

    /** CORE's change-tracking fields, set by the server on the collections whose catalogue row lists them. */
    static final Set<String> TRACKING_FIELDS = Set.of("objectState", "token");

    /** An exact decimal with trailing zeros: it must come back as {@code 1234.5600}, not {@code 1234.56}. */
    static final BigDecimal DECIMAL = new BigDecimal("1234.5600");

    /** A long beyond a double's 53-bit mantissa: it must come back digit for digit. */
    static final long LONG = 9_007_199_254_740_993L;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final LocalDateTime EPOCH = LocalDateTime.of(2025, 1, 31, 8, 0, 0);
    private static final int MAX_DEPTH = 6;

    /** One settable field of a generated DTO: its JSON name, its builder setter and its declared type. */
    record Setter(String json, Method method, Type type) {
        Class<?> rawType() {
            return raw(type);
        }
    }

    private Populated() {}

    /** A new DTO of {@code dto} with every field set except the server's. */
    static Object of(Class<?> dto) {
        return build(dto, 0, true);
    }

    /** The builder setters of {@code dto}, in the order of its {@code @JsonPropertyOrder}. */
    static List<Setter> setters(Class<?> dto) {
        Class<?> builder = builderType(dto);
        List<String> order =
                Arrays.asList(dto.getAnnotation(JsonPropertyOrder.class).value());
        List<Setter> setters = new ArrayList<>();
        for (Method method : builder.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers())
                    || Modifier.isStatic(method.getModifiers())
                    || method.isSynthetic()
                    || method.getParameterCount() != 1
                    || method.getReturnType() != builder) {
                continue;
            }
            JsonProperty property = method.getAnnotation(JsonProperty.class);
            String json = property != null ? property.value() : method.getName();
            setters.add(new Setter(json, method, method.getGenericParameterTypes()[0]));
        }
        setters.sort(Comparator.comparingInt(
                s -> order.indexOf(s.json()) < 0 ? Integer.MAX_VALUE : order.indexOf(s.json())));
        return setters;
    }

    /** The server fields of the objects at {@code path}: the common ones, and the tracking fields its row lists. */
    static Set<String> serverFields(String path) {
        Map<String, String> listed = CatalogueTsv.rows().stream()
                .filter(row -> row.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the catalogue has no " + path))
                .fields();
        return SERVER_FIELDS.stream()
                .filter(name -> !TRACKING_FIELDS.contains(name) || listed.containsKey(name))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The setters a client fills in: all but the server fields. */
    static List<Setter> clientSetters(Class<?> dto) {
        return setters(dto).stream()
                .filter(s -> !SERVER_FIELDS.contains(s.json()))
                .toList();
    }

    /** Sets one field on a builder. */
    static Object set(Object builder, Setter setter, Object value) {
        return invoke(setter.method(), builder, value);
    }

    /** Calls {@code dto}'s static {@code builder()}. */
    static Object builder(Class<?> dto) {
        try {
            return invoke(dto.getMethod("builder"), null);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(dto.getName() + " has no static builder()", e);
        }
    }

    /** Calls {@code toBuilder()} on a DTO. */
    static Object toBuilder(Object dto) {
        try {
            return invoke(dto.getClass().getMethod("toBuilder"), dto);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(dto.getClass().getName() + " has no toBuilder()", e);
        }
    }

    /** Calls {@code build()} on a builder. */
    static Object build(Object builder) {
        try {
            return invoke(builder.getClass().getMethod("build"), builder);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(builder.getClass().getName() + " has no build()", e);
        }
    }

    /** Reads a DTO's accessor, e.g. {@code id()}. */
    static Object get(Object dto, String accessor) {
        try {
            return invoke(dto.getClass().getMethod(accessor), dto);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(dto.getClass().getName() + " has no accessor " + accessor + "()", e);
        }
    }

    /** Whether {@code type} is a generated DTO (it has a static {@code builder()}). */
    static boolean isDto(Class<?> type) {
        try {
            Method builder = type.getMethod("builder");
            return Modifier.isStatic(builder.getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** A new value of {@code type}, unique where the type allows. */
    static Object value(Type type) {
        return value(type, 1, "value");
    }

    private static Object build(Class<?> dto, int depth, boolean topLevel) {
        if (depth > MAX_DEPTH) {
            throw new AssertionError("DTOs nest deeper than " + MAX_DEPTH + " levels at " + dto.getName());
        }
        Object builder = builder(dto);
        for (Setter setter : topLevel ? clientSetters(dto) : setters(dto)) {
            set(builder, setter, value(setter.type(), depth + 1, setter.json()));
        }
        return build(builder);
    }

    private static Object value(Type type, int depth, String name) {
        int n = COUNTER.incrementAndGet();
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = raw(parameterized);
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return List.of(value(arguments[0], depth, name));
            }
            if (raw == Map.class && arguments[0] == String.class) {
                return Map.of("key" + n, value(arguments[1], depth, name));
            }
            throw new AssertionError("no value for " + type + " (" + name + ")");
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            // Quotes, an ampersand, a plus, a hash and non-ASCII letters: a where on it must survive encoding.
            return name + " #" + n + " O'Brien & Co + Zoë €";
        }
        if (raw == UUID.class) {
            return UUID.randomUUID();
        }
        if (raw == BigDecimal.class) {
            return DECIMAL;
        }
        if (raw == Integer.class || raw == int.class) {
            return n;
        }
        if (raw == Long.class || raw == long.class) {
            return LONG;
        }
        if (raw == Double.class || raw == double.class) {
            return n + 0.25;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Boolean.TRUE;
        }
        if (raw == LocalDateTime.class) {
            return EPOCH.plusSeconds(61L * n);
        }
        if (raw == LocalDate.class) {
            return EPOCH.toLocalDate().plusDays(n);
        }
        if (raw == OffsetDateTime.class) {
            return EPOCH.plusSeconds(61L * n).atOffset(ZoneOffset.ofHoursMinutes(5, 30));
        }
        if (raw == Instant.class) {
            return EPOCH.plusSeconds(61L * n).toInstant(ZoneOffset.UTC);
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (JsonNode.class.isAssignableFrom(raw)) {
            ObjectNode node = JsonNodeFactory.withExactBigDecimals(true).objectNode();
            node.put("text", name + " " + n);
            node.put("amount", new BigDecimal("7.50"));
            node.put("flag", true);
            return node;
        }
        if (isDto(raw)) {
            return build(raw, depth, false);
        }
        throw new AssertionError("no value for " + type + " (" + name + ")");
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new AssertionError("unsupported type " + type);
    }

    private static Class<?> builderType(Class<?> dto) {
        try {
            return dto.getMethod("builder").getReturnType();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(dto.getName() + " has no static builder()", e);
        }
    }

    private static Object invoke(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot call " + method, e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
