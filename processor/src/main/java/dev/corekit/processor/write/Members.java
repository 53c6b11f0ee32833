package dev.corekit.processor.write;

import dev.corekit.processor.model.FieldModel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of the members a generated DTO adds beside its fields ({@code extras}, {@code PROPERTIES}, ...), chosen so
 * that no field of the declaration is hidden or shadowed by them: a taken name gets a trailing {@code _}.
 */
final class Members {
    private final Set<String> taken = new HashSet<>();

    Members(List<FieldModel> fields) {
        for (FieldModel field : fields) {
            taken.add(field.name());
        }
    }

    /** {@code base}, or {@code base} with trailing underscores when a field or an earlier member has that name. */
    String claim(String base) {
        String name = base;
        while (!taken.add(name)) {
            name += "_";
        }
        return name;
    }

    /** {@code fooBar} as the constant name {@code FOO_BAR}. */
    static String constantName(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
                out.append('_');
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
