package dev.corekit.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.corekit.processor.model.DeclarationModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes the facade of a module: one method per resource ({@code core.activities()}), resources of sub-packages
 * grouped under a method per package segment ({@code core.crm().leads()}).
 */
public final class FacadeWriter {

    /** A resource placed in the facade: the method name and the declaration. */
    public record Entry(List<String> groups, String method, DeclarationModel model) {}

    private FacadeWriter() {}

    public static JavaFile write(ClassName facade, List<Entry> entries) {
        Group root = new Group();
        for (Entry entry : entries) {
            Group group = root;
            for (String segment : entry.groups()) {
                group = group.children.computeIfAbsent(segment, s -> new Group());
            }
            group.resources.put(entry.method(), entry.model());
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(facade)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "Every CORE resource of this module, one method each. Build it on a {@code CoreClient}:\n"
                                + "{@code new $L(client)}; each method returns the client's cached {@code FooApi}.\n",
                        facade.simpleName())
                .addAnnotation(Classes.generated())
                .addAnnotation(Classes.NULL_MARKED);
        for (Entry entry : entries) {
            type.addOriginatingElement(entry.model().element());
        }
        fill(type, facade, root, true, "");
        return JavaFile.builder(facade.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static void fill(
            TypeSpec.Builder type, ClassName self, Group group, boolean publicConstructor, String prefix) {
        type.addField(FieldSpec.builder(Classes.API_PROVIDER, "apis", Modifier.PRIVATE, Modifier.FINAL)
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc(
                        publicConstructor
                                ? "Reaches every resource through {@code apis}, e.g. a {@code CoreClient}.\n\n"
                                        + "@param apis what creates and caches the clients\n"
                                : "")
                .addModifiers(publicConstructor ? Modifier.PUBLIC : Modifier.PRIVATE)
                .addParameter(Classes.API_PROVIDER, "apis")
                .addStatement("this.apis = $T.requireNonNull(apis, $S)", Objects.class, "apis")
                .build());
        for (Map.Entry<String, DeclarationModel> resource : group.resources.entrySet()) {
            DeclarationModel model = resource.getValue();
            type.addMethod(MethodSpec.methodBuilder(resource.getKey())
                    .addJavadoc(
                            "{@return the client of $L ({@code $L})}\n",
                            Words.readable(
                                    model.single()
                                            ? model.dto().simpleName()
                                            : Plurals.plural(model.dto().simpleName())),
                            model.path())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(model.api())
                    .addStatement("return apis.api($T.class)", model.api())
                    .build());
        }
        for (Map.Entry<String, Group> child : group.children.entrySet()) {
            ClassName childName = self.nestedClass(Plurals.capitalize(child.getKey()));
            String under = prefix + child.getKey() + "/";
            TypeSpec.Builder childType = TypeSpec.classBuilder(childName)
                    .addJavadoc("The resources under {@code $L}.\n", under)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
            fill(childType, childName, child.getValue(), false, under);
            type.addType(childType.build());
            type.addMethod(MethodSpec.methodBuilder(child.getKey())
                    .addJavadoc("{@return the resources under {@code $L}}\n", under)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(childName)
                    .addStatement("return new $T(apis)", childName)
                    .build());
        }
    }

    private static final class Group {
        final Map<String, DeclarationModel> resources = new TreeMap<>();
        final Map<String, Group> children = new TreeMap<>();
    }
}
