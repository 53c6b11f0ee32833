package dev.corekit.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.corekit.processor.errors.Declarations.compileObserving;
import static dev.corekit.processor.errors.Declarations.compileWithOptions;
import static dev.corekit.processor.errors.Declarations.sourceIn;
import static dev.corekit.processor.errors.Declarations.tag;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import dev.corekit.processor.check.Message;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CK141-CK143: the facade named by the processor option {@code corekit.facade}. */
class FacadeErrorsTest {

    private static JavaFileObject resource(String pkg, String dto, String path) {
        return sourceIn(
                pkg,
                dto + "Resource",
                "@CoreResource(path = \"" + path + "\")",
                "public interface " + dto + "Resource extends CoreEntity {",
                "    String code();",
                "}");
    }

    private static List<String> facade(String name) {
        return List.of("-A" + "corekit.facade=" + name);
    }

    @Test
    void validFacadeCompiles() {
        Compilation compilation = compileWithOptions(facade("test.Core"), resource("test", "Bus", "bus"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Core");
    }

    // CK142

    @ParameterizedTest
    @ValueSource(strings = {"not a name", "Core", "test.core", "test..Core", "test.class.Core", "test.Core-1"})
    void invalidFacadeOption(String option) {
        TypesAtEnd generated = new TypesAtEnd("test.Bus", "test.BusApi");

        Compilation compilation = compileObserving(facade(option), generated, resource("test", "Bus", "bus"));

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(tag(Message.FACADE_OPTION_INVALID));
        assertThat(compilation).hadErrorContaining("\"" + option + "\"");
        assertThat(compilation).hadErrorCount(1);
        // The option is about the facade only: the resource's own DTO and client are still generated.
        Truth.assertThat(generated.found()).containsExactly("test.Bus", "test.BusApi");
    }

    // CK141

    @Test
    void twoResourcesReachedByTheSameFacadeMethod() {
        // Bus -> buses(), Buse -> buses().
        JavaFileObject bus = resource("test", "Bus", "bus");
        JavaFileObject buse = resource("test", "Buse", "buse");

        TypesAtEnd generated = new TypesAtEnd("test.Core", "test.BusApi", "test.BuseApi");

        Compilation compilation = compileObserving(facade("test.Core"), generated, bus, buse);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.FACADE_NAME_CLASH))
                .inFile(buse)
                .onLineContaining("interface BuseResource");
        assertThat(compilation).hadErrorContaining("buses()");
        assertThat(compilation).hadErrorCount(1);
        // Both clients exist; only the facade, which cannot hold both, is not written.
        Truth.assertThat(generated.found()).containsExactly("test.BusApi", "test.BuseApi");
    }

    @Test
    void sameMethodNameInDifferentSubPackagesIsNoClash() {
        JavaFileObject bus = resource("test.fleet", "Bus", "bus");
        JavaFileObject buse = resource("test.depot", "Buse", "buse");

        Compilation compilation = compileWithOptions(facade("test.Core"), bus, buse);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Core");
    }

    // CK143 (a warning)

    @Test
    void resourceOutsideTheFacadePackage() {
        JavaFileObject inside = resource("test", "Bus", "bus");
        JavaFileObject outside = resource("other", "Train", "train");

        Compilation compilation = compileWithOptions(facade("test.Core"), inside, outside);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining(tag(Message.FACADE_OUTSIDE_PACKAGE))
                .inFile(outside)
                .onLineContaining("interface TrainResource");
        assertThat(compilation).hadWarningContaining("TrainApi.class");
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).generatedSourceFile("test.Core");
        assertThat(compilation).generatedSourceFile("other.TrainApi");
    }

    @Test
    void packageThatOnlySharesAPrefixIsOutside() {
        JavaFileObject inside = resource("test", "Bus", "bus");
        JavaFileObject outside = resource("testing", "Train", "train");

        Compilation compilation = compileWithOptions(facade("test.Core"), inside, outside);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining(tag(Message.FACADE_OUTSIDE_PACKAGE))
                .inFile(outside)
                .onLineContaining("interface TrainResource");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void modelsAreNotListedAndNeverWarned() {
        JavaFileObject model = sourceIn(
                "other", "AddressModel", "@CoreModel", "public interface AddressModel {", "    String street();", "}");

        Compilation compilation = compileWithOptions(facade("test.Core"), resource("test", "Bus", "bus"), model);

        assertThat(compilation).succeededWithoutWarnings();
    }
}
