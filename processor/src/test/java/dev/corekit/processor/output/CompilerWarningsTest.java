package dev.corekit.processor.output;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What javac says about corekit beyond its own diagnostics: nothing, even with every warning an error. */
class CompilerWarningsTest {
    private static final String FACADE = "-Acorekit.facade=com.acme.core.Core";

    /** A module's tests: the processor is on the path with the facade option, but there is nothing to declare. */
    private static final JavaFileObject PLAIN_TEST = JavaFileObjects.forSourceLines(
            "com.acme.core.TaskTest",
            "package com.acme.core;",
            "",
            "public class TaskTest {",
            "    @Deprecated",
            "    void title() {}",
            "}");

    @Test
    void facadeOptionIsRecognizedInACompilationWithoutDeclarations() {
        Compilation compilation = Sources.compile(List.of(PLAIN_TEST), FACADE, "-Werror");

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void facadeOptionIsRecognizedWithDeclarations() {
        Compilation compilation = Sources.compile(Sources.ALL, FACADE, "-Werror");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.core.Core");
    }

    @Test
    void generatedClientsUseNoDeprecatedApi() {
        Compilation compilation = Sources.compile(Sources.ALL, FACADE, "-Xlint:deprecation", "-Werror");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.core.TaskApi");
        assertThat(compilation).generatedSourceFile("com.acme.core.crm.LeadApi");
    }
}
