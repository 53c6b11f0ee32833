package dev.corekit.processor.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
