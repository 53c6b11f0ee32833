package dev.corekit.runtime.internal.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.corekit.annotation.Redacted;
import feign.MethodMetadata;
import feign.Request;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON names of the {@link Redacted} fields of the DTOs a call reads or sends, nested DTOs included, so that an
 * excerpt of its answer masks their values as the DTOs' {@code toString()} does.
 */
final class RedactedFields {
    private static final ClassValue<Set<String>> OWN = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new TreeSet<>();
            collect(type, names, new HashSet<>());
            return Set.copyOf(names);
        }
    };

    private RedactedFields() {}

    /** The names for the call of {@code request}: its declared answer and body types. */
    static Set<String> of(Request request, Type answer) {
        Set<String> names = new TreeSet<>();
        if (answer != null) {
            names.addAll(of(answer));
        }
        MethodMetadata metadata = request == null || request.requestTemplate() == null
                ? null
                : request.requestTemplate().methodMetadata();
        if (metadata != null) {
            names.addAll(of(metadata.returnType()));
            if (metadata.bodyType() != null) {
                names.addAll(of(metadata.bodyType()));
            }
        }
        return names;
    }

    /** The names for values of {@code type}. */
    static Set<String> of(Type type) {
        Set<String> names = new TreeSet<>();
        forEachClass(type, c -> names.addAll(OWN.get(c)));
        return names;
    }

    private static void collect(Class<?> type, Set<String> names, Set<Class<?>> seen) {
        if (!seen.add(type) || isPlatform(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.isAnnotationPresent(Redacted.class)) {
                    JsonProperty property = field.getAnnotation(JsonProperty.class);
                    names.add(property == null || property.value().isEmpty() ? field.getName() : property.value());
                }
                forEachClass(field.getGenericType(), nested -> collect(nested, names, seen));
            }
        }
    }

    private static boolean isPlatform(Class<?> type) {
        return type.isPrimitive()
                || type.isEnum()
                || type.getName().startsWith("java.")
                || type.getName().startsWith("javax.")
                || type.getName().startsWith("com.fasterxml.");
    }

    private static void forEachClass(Type type, java.util.function.Consumer<Class<?>> action) {
        if (type instanceof Class<?> c) {
            action.accept(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType parameterized) {
            forEachClass(parameterized.getRawType(), action);
            for (Type argument : parameterized.getActualTypeArguments()) {
                forEachClass(argument, action);
            }
        } else if (type instanceof GenericArrayType array) {
            forEachClass(array.getGenericComponentType(), action);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                forEachClass(bound, action);
            }
        }
    }
}
