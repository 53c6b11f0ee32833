package dev.corekit.processor.write;

import com.palantir.javapoet.ClassName;
import dev.corekit.processor.model.DeclarationModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides the members of the facade from the resources written: a method per resource in the facade's package, and a
 * group per sub-package ({@code core.crm().leads()}). Resources outside the facade's package are left out; two
 * resources reached by the same method clash, and the first keeps it.
 */
public record FacadePlan(
        ClassName facade, List<FacadeWriter.Entry> entries, List<DeclarationModel> outside, List<Clash> clashes) {

    /** {@code model} would be reached as {@code method()}, which {@code previous} already is. */
    public record Clash(DeclarationModel model, DeclarationModel previous, String method) {}

    /**
     * Copies the lists.
     *
     * @param facade the facade's class name
     * @param entries the facade's resources, in order
     * @param outside the resources outside the facade's package, left out
     * @param clashes the resources left out because another one has their method
     */
    public FacadePlan {
        entries = List.copyOf(entries);
        outside = List.copyOf(outside);
        clashes = List.copyOf(clashes);
    }

    /**
     * Plans the facade {@code facade} over {@code resources}, in their order.
     *
     * @param facade the facade's class name, from the option {@code corekit.facade}
     * @param resources the resources written, in a stable order
     * @return the plan
     */
    public static FacadePlan of(ClassName facade, Collection<DeclarationModel> resources) {
        String base = facade.packageName();
        List<FacadeWriter.Entry> entries = new ArrayList<>();
        List<DeclarationModel> outside = new ArrayList<>();
        List<Clash> clashes = new ArrayList<>();
        Map<String, DeclarationModel> taken = new HashMap<>();
        for (DeclarationModel model : resources) {
            String pkg = model.dto().packageName();
            if (!pkg.equals(base) && !pkg.startsWith(base + ".")) {
                outside.add(model);
                continue;
            }
            List<String> groups = pkg.equals(base)
                    ? List.of()
                    : Arrays.asList(pkg.substring(base.length() + 1).split("\\."));
            String method = Plurals.methodName(model.dto().simpleName(), model.single());
            DeclarationModel previous = taken.putIfAbsent(String.join(".", groups) + "#" + method, model);
            if (previous != null) {
                clashes.add(new Clash(model, previous, method));
                continue;
            }
            entries.add(new FacadeWriter.Entry(groups, method, model));
        }
        return new FacadePlan(facade, entries, outside, clashes);
    }
}
