package dev.corekit.runtime.internal.http;

import feign.Contract;
import feign.MethodMetadata;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses each {@code FooApi} interface once per app, however many connections build a client of it: Feign would
 * otherwise parse it again, and keep a copy of its metadata, for every client. Feign only reads the metadata after
 * parsing (each call copies its request template), so the clients of all connections share it.
 */
public final class CachingContract implements Contract {
    private final Contract delegate;
    private final Map<Class<?>, List<MethodMetadata>> parsed = new ConcurrentHashMap<>();

    public CachingContract(Contract delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
        return parsed.computeIfAbsent(targetType, type -> List.copyOf(delegate.parseAndValidateMetadata(type)));
    }
}
