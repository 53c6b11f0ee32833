package dev.corekit.processor.output;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/** Pins the shape of generated code: a model DTO, a resource DTO with its client, and a facade. */
class GoldenOutputTest {

    @Test
    void modelDto() {
        Compilation compilation = Sources.compile(Sources.ALL);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.acme.core.Tag")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/Tag.java"));
    }

    @Test
    void resourceClient() {
        Compilation compilation = Sources.compile(Sources.ALL);

        assertThat(compilation)
                .generatedSourceFile("com.acme.core.TaskApi")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/TaskApi.java"));
    }

    @Test
    void facadeGroupsSubPackages() {
        Compilation compilation = Sources.compile(Sources.ALL, "-Acorekit.facade=com.acme.core.Core");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.acme.core.Core")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/Core.java"));
    }

    @Test
    void noFacadeWithoutTheOption() {
        Compilation compilation = Sources.compile(Sources.ALL);

        assertThat(compilation).succeeded();
        org.assertj.core.api.Assertions.assertThat(compilation.generatedSourceFiles())
                .extracting(file -> file.getName())
                .noneMatch(name -> name.endsWith("/Core.java"));
    }
}
