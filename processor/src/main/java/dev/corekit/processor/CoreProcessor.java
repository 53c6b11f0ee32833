package dev.corekit.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.corekit.processor.check.DeclarationChecks;
import dev.corekit.processor.check.Diagnostics;
import dev.corekit.processor.check.FacadeChecks;
import dev.corekit.processor.check.Message;
import dev.corekit.processor.model.DeclarationModel;
import dev.corekit.processor.model.EndpointModel;
import dev.corekit.processor.model.TypeRef;
import dev.corekit.processor.read.DeclarationReader;
import dev.corekit.processor.read.Names;
import dev.corekit.processor.write.ApiWriter;
import dev.corekit.processor.write.DtoWriter;
import dev.corekit.processor.write.FacadePlan;
import dev.corekit.processor.write.FacadeWriter;
import dev.corekit.processor.write.Sources;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates, for each {@code @CoreResource} interface {@code FooResource}, the DTO {@code Foo} and the Feign client
 * {@code FooApi}; for each {@code @CoreModel} interface {@code FooModel}, the DTO {@code Foo}; and, when the option
 * {@code corekit.facade} names a class, a facade with a method per resource.
 *
 * <p>Each declaration is read into a model, checked, and written only when no error was reported; a declaration that
 * refers to a type not generated yet is retried in the next round. No exception reaches javac: a failure is reported
 * as an error on the declaration being processed.
 *
 * <p>For Gradle the processor is isolating (each generated file has exactly one originating element, its
 * declaration) unless the facade option is set: the facade lists every resource, so the processor then says it is
 * aggregating.
 */
@AutoService(Processor.class)
public final class CoreProcessor extends AbstractProcessor {
    /** Processor option naming the facade class to generate, e.g. {@code dev.corekit.client.Core}. */
    public static final String FACADE_OPTION = "corekit.facade";

    private static final String GRADLE_ISOLATING = "org.gradle.annotation.processing.isolating";
    private static final String GRADLE_AGGREGATING = "org.gradle.annotation.processing.aggregating";

    /** Declarations waiting for a type that may be generated later, by qualified name. */
    private final Set<String> deferred = new TreeSet<>();
    /** Resources written, for the facade, by qualified name of the declaration. */
    private final Map<String, DeclarationModel> resources = new TreeMap<>();

    /** DTOs of declarations with errors, by canonical name: nothing that refers to them is written. */
    private final Set<String> broken = new TreeSet<>();

    private boolean facadeWritten;

    /** Creates the processor; javac does, through its service loader, once per compilation. */
    public CoreProcessor() {}

    /**
     * Every annotation, claiming none ({@link #process} returns {@code false}). javac counts a processor's options as
     * recognized only once it has been called; a processor limited to corekit's annotations is never called in a
     * compilation without declarations (a module's tests), and javac then reports {@code corekit.facade} as an
     * option no processor recognized.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public Set<String> getSupportedOptions() {
        String facade =
                processingEnv == null ? null : processingEnv.getOptions().get(FACADE_OPTION);
        return Set.of(FACADE_OPTION, facade == null ? GRADLE_ISOLATING : GRADLE_AGGREGATING);
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        String option = environment.getOptions().get(FACADE_OPTION);
        if (option != null) {
            FacadeChecks.checkOption(option, environment.getMessager());
        }
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            processRound(round);
        } catch (Throwable failure) {
            processingEnv
                    .getMessager()
                    .printMessage(
                            Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format("this round", describe(failure)));
        }
        return false;
    }

    private void processRound(RoundEnvironment round) {
        boolean last = round.processingOver();
        Map<String, TypeElement> work = new TreeMap<>();
        for (String name : deferred) {
            TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
            if (element != null) {
                work.put(name, element);
            }
        }
        deferred.clear();
        for (String annotation : List.of(Names.CORE_RESOURCE, Names.CORE_MODEL)) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
            if (type == null) {
                continue;
            }
            for (Element element : round.getElementsAnnotatedWith(type)) {
                if (element instanceof TypeElement typeElement) {
                    work.put(typeElement.getQualifiedName().toString(), typeElement);
                } else {
                    // @Target(TYPE) keeps other kinds out; report rather than crash if a compiler lets one in.
                    DeclarationChecks.notAType(type, element, new Diagnostics(processingEnv.getMessager()));
                }
            }
        }
        // Read and check every declaration of the round first, so that one referring to a broken declaration is not
        // written: its DTO would name a type that is never generated.
        List<DeclarationModel> ready = new ArrayList<>();
        for (TypeElement element : work.values()) {
            readAndCheck(element, last).ifPresent(ready::add);
        }
        List<DeclarationModel> writable = new ArrayList<>();
        for (DeclarationModel model : ready) {
            if (dependsOnBroken(model)) {
                broken.add(model.dto().canonicalName());
            } else {
                writable.add(model);
            }
        }
        boolean generatedResource = write(writable);
        if (generatedResource || (!last && deferred.isEmpty() && !resources.isEmpty())) {
            writeFacadeWhenComplete();
        }
    }

    /** Reads and checks one declaration; empty when it has errors or must wait for a later round. */
    private Optional<DeclarationModel> readAndCheck(TypeElement element, boolean last) {
        try {
            Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
            DeclarationReader.Read read = new DeclarationReader(processingEnv).read(element);
            DeclarationChecks.check(read, last, diagnostics);
            DeclarationModel model = read.model();
            if (model == null) {
                return Optional.empty();
            }
            if (diagnostics.hasErrors()) {
                broken.add(model.dto().canonicalName());
                return Optional.empty();
            }
            if (!read.missing().isEmpty()) {
                if (!last) {
                    deferred.add(element.getQualifiedName().toString());
                }
                return Optional.empty();
            }
            return Optional.of(model);
        } catch (Throwable failure) {
            reportInternalError(element, failure);
            return Optional.empty();
        }
    }

    /**
     * Writes the DTOs (and clients) of checked declarations, in order; returns whether a resource was written. All
     * files of the round are rendered together first, so that rendering can use every core.
     */
    private boolean write(List<DeclarationModel> models) {
        List<DeclarationModel> built = new ArrayList<>();
        List<JavaFile> files = new ArrayList<>();
        for (DeclarationModel model : models) {
            try {
                JavaFile dto = DtoWriter.write(model);
                JavaFile api = model.resource() ? ApiWriter.write(model) : null;
                built.add(model);
                files.add(dto);
                files.add(api);
            } catch (Throwable failure) {
                reportInternalError(model.element(), failure);
            }
        }
        List<Sources.Rendered> rendered =
                Sources.render(files.stream().filter(Objects::nonNull).toList());
        boolean generatedResource = false;
        int next = 0;
        for (int i = 0; i < built.size(); i++) {
            DeclarationModel model = built.get(i);
            Sources.Rendered dto = rendered.get(next++);
            Sources.Rendered api = files.get(2 * i + 1) == null ? null : rendered.get(next++);
            try {
                Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
                if (!writeFile(dto, model, diagnostics) || api == null || !writeFile(api, model, diagnostics)) {
                    continue;
                }
                resources.put(model.element().getQualifiedName().toString(), model);
                generatedResource = true;
            } catch (Throwable failure) {
                reportInternalError(model.element(), failure);
            }
        }
        return generatedResource;
    }

    private boolean dependsOnBroken(DeclarationModel model) {
        return model.fields().stream().anyMatch(field -> refersToBroken(field.type()))
                || model.endpoints().stream().anyMatch(this::refersToBroken);
    }

    private boolean refersToBroken(EndpointModel endpoint) {
        return (endpoint.returnType() != null && namesBroken(endpoint.returnType()))
                || endpoint.parameters().stream()
                        .anyMatch(p -> p.role() == EndpointModel.Role.BODY && namesBroken(p.type()));
    }

    private boolean namesBroken(TypeName type) {
        if (type instanceof ClassName name) {
            return broken.contains(name.canonicalName());
        }
        return type instanceof ParameterizedTypeName parameterized
                && parameterized.typeArguments().stream().anyMatch(this::namesBroken);
    }

    private boolean refersToBroken(TypeRef type) {
        if (type.kind() == TypeRef.Kind.MODEL) {
            return broken.contains(type.storage().toString());
        }
        return type.element() != null && refersToBroken(type.element());
    }

    private void reportInternalError(TypeElement element, Throwable failure) {
        processingEnv
                .getMessager()
                .printMessage(
                        Diagnostic.Kind.ERROR,
                        Message.INTERNAL_ERROR.format(element.getQualifiedName(), describe(failure)),
                        element);
    }

    private boolean writeFile(Sources.Rendered rendered, DeclarationModel model, Diagnostics diagnostics) {
        JavaFile file = rendered.file();
        try {
            Sources.write(processingEnv.getFiler(), rendered);
            return true;
        } catch (IOException | RuntimeException failure) {
            diagnostics.error(
                    model.element(),
                    Message.GENERATED_NAME_TAKEN,
                    file.packageName().isEmpty()
                            ? file.typeSpec().name()
                            : file.packageName() + "." + file.typeSpec().name(),
                    model.element().getSimpleName(),
                    describe(failure));
            return false;
        }
    }

    /** Writes the facade once every resource has been written, in the last round that still allows new sources. */
    private void writeFacadeWhenComplete() {
        String option = processingEnv.getOptions().get(FACADE_OPTION);
        // An invalid option was reported in init.
        if (option == null
                || !FacadeChecks.isQualifiedName(option)
                || facadeWritten
                || !deferred.isEmpty()
                || resources.isEmpty()) {
            return;
        }
        facadeWritten = true;
        FacadePlan plan = FacadePlan.of(ClassName.bestGuess(option), resources.values());
        if (!FacadeChecks.check(plan, processingEnv.getMessager())) {
            return;
        }
        try {
            Sources.write(
                    processingEnv.getFiler(), Sources.renderHere(FacadeWriter.write(plan.facade(), plan.entries())));
        } catch (IOException | RuntimeException failure) {
            processingEnv
                    .getMessager()
                    .printMessage(
                            Diagnostic.Kind.ERROR,
                            Message.GENERATED_NAME_TAKEN.format(option, "the facade", describe(failure)));
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
