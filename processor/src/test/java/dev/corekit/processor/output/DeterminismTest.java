package dev.corekit.processor.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The same declarations give byte-identical files, whatever the order javac hands them over in. */
class DeterminismTest {

    @Test
    void compilingTwiceGivesIdenticalFiles() {
        Map<String, String> first =
                Sources.generatedSources(Sources.compile(Sources.ALL, "-Acorekit.facade=com.acme.core.Core"));
        Map<String, String> second =
                Sources.generatedSources(Sources.compile(Sources.ALL, "-Acorekit.facade=com.acme.core.Core"));

        assertThat(first).hasSize(6).isEqualTo(second);
    }

    @Test
    void sourceOrderDoesNotChangeTheOutput() {
        List<JavaFileObject> reversed = new ArrayList<>(Sources.ALL);
        Collections.reverse(reversed);

        Map<String, String> forward =
                Sources.generatedSources(Sources.compile(Sources.ALL, "-Acorekit.facade=com.acme.core.Core"));
        Map<String, String> backward =
                Sources.generatedSources(Sources.compile(reversed, "-Acorekit.facade=com.acme.core.Core"));

        assertThat(backward).isEqualTo(forward);
    }

    /** Enough declarations for the processor to render a round's files on several threads. */
    @Test
    void manyDeclarationsInOneRoundGiveTheFilesEachGivesAlone() {
        List<JavaFileObject> extra = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            extra.add(JavaFileObjects.forSourceLines(
                    "com.acme.core.Note" + i + "Resource",
                    "package com.acme.core;",
                    "",
                    "@dev.corekit.annotation.CoreResource(path = \"note" + i + "\")",
                    "public interface Note" + i + "Resource extends dev.corekit.annotation.CoreEntity {",
                    "    String text" + i + "();",
                    "}"));
        }
        List<JavaFileObject> all = new ArrayList<>(Sources.ALL);
        all.addAll(extra);

        Map<String, String> together = Sources.generatedSources(Sources.compile(all));
        Map<String, String> alone = new TreeMap<>(Sources.generatedSources(Sources.compile(Sources.ALL)));
        for (JavaFileObject declaration : extra) {
            alone.putAll(Sources.generatedSources(Sources.compile(List.of(declaration))));
        }

        assertThat(together).hasSize(15).isEqualTo(alone);
    }

    @Test
    void generatedAnnotationCarriesNoDate() {
        Compilation compilation = Sources.compile(Sources.ALL);

        assertThat(Sources.generatedSources(compilation).values())
                .allSatisfy(text -> assertThat(text)
                        .contains("@Generated(\"dev.corekit.processor.CoreProcessor\")")
                        .doesNotContain("date =")
                        .doesNotContain("comments ="));
    }
}
