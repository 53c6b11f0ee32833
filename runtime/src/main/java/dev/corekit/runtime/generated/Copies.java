package dev.corekit.runtime.generated;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Unmodifiable copies of the lists and maps a generated builder is given; {@code null} items are kept. */
public final class Copies {
    private Copies() {}

    /**
     * Copies a list.
     *
     * @param values the list, or {@code null}
     * @param <T> the items
     * @return an unmodifiable copy in the same order, or {@code null} for {@code null}
     */
    public static <T extends @Nullable Object> @Nullable List<T> list(@Nullable List<T> values) {
        return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * Copies a map.
     *
     * @param values the map, or {@code null}
     * @param <V> the values
     * @return an unmodifiable copy in the same order, or {@code null} for {@code null}
     */
    public static <V extends @Nullable Object> @Nullable Map<String, V> map(@Nullable Map<String, V> values) {
        return values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
