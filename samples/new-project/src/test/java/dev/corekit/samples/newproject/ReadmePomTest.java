package dev.corekit.samples.newproject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Finding the new project's pom.xml in the README, and failing loudly when it is not there as it must be. */
class ReadmePomTest {
    private static final String POM = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
            + "  <modelVersion>4.0.0</modelVersion>\n</project>";

    @Test
    void theReadmesPomPinsTheVersionsThisBuildUses() throws Exception {
        Path readme = Path.of(System.getProperty("readme", "../../README.md"));
        ReadmePom pom = ReadmePom.in(Files.readString(readme, StandardCharsets.UTF_8));

        Document project = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(pom.text())));
        assertThat(value(project, "/project/properties/corekit.version"))
                .isEqualTo(System.getProperty("corekit.version"));
        assertThat(value(project, "/project/properties/maven.compiler.release")).isEqualTo("17");
        assertThat(value(project, "/project/build/plugins/plugin[artifactId='maven-compiler-plugin']/version"))
                .isEqualTo(System.getProperty("compiler-plugin.version"));
        assertThat(value(project, "/project/build/plugins/plugin[artifactId='maven-surefire-plugin']/version"))
                .isEqualTo(System.getProperty("surefire-plugin.version"));
        assertThat(value(project, "/project/dependencies/dependency[artifactId='junit-jupiter']/version"))
                .isEqualTo(System.getProperty("junit.version"));
        assertThat(value(project, "//annotationProcessorPaths/path[artifactId='corekit-processor']/version"))
                .as("processor paths take no version from the BOM before compiler plugin 3.12")
                .isEqualTo("${corekit.version}");
    }

    @Test
    void findsTheBlockAfterTheMarkerAndNamesItsLine() {
        ReadmePom pom = ReadmePom.in("# x\n\n" + ReadmePom.MARKER + "\n\n```xml\n" + POM + "\n```\nafter\n");

        assertThat(pom.text()).isEqualTo(POM + "\n");
        assertThat(pom.firstLine()).isEqualTo(6);
    }

    @Test
    void aReadmeWithoutTheMarkerFails() {
        assertThatThrownBy(() -> ReadmePom.in("## Installing\n\n```xml\n" + POM + "\n```\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("README.md has no line " + ReadmePom.MARKER);
    }

    @Test
    void aMarkerTwiceFails() {
        String block = ReadmePom.MARKER + "\n```xml\n" + POM + "\n```\n";

        assertThatThrownBy(() -> ReadmePom.in(block + "\n" + block))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more than once: at lines [1, 8]");
    }

    @Test
    void aMarkerWithoutAnXmlBlockFails() {
        assertThatThrownBy(() -> ReadmePom.in("text\n" + ReadmePom.MARKER + "\n```java\nclass A {}\n```\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "README.md:2: " + ReadmePom.MARKER + " must be followed by a ```xml block, found '```java'");
        assertThatThrownBy(() -> ReadmePom.in(ReadmePom.MARKER + "\n\n"))
                .hasMessageEndingWith("found the end of the file");
    }

    @Test
    void aBlockNeverClosedFails() {
        assertThatThrownBy(() -> ReadmePom.in(ReadmePom.MARKER + "\n```xml\n" + POM + "\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("README.md:2: the pom.xml block is never closed");
    }

    @Test
    void aPomThatIsNotWellFormedNamesTheReadmeLine() {
        String broken = "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <dependencies>\n</project>";

        assertThatThrownBy(() -> ReadmePom.in("a\n" + ReadmePom.MARKER + "\n```xml\n" + broken + "\n```\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("README.md:7: the pom.xml is not well-formed XML");
    }

    @Test
    void aFragmentIsNotAPom() {
        assertThatThrownBy(() -> ReadmePom.in(ReadmePom.MARKER + "\n```xml\n<dependencies/>\n```\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("README.md:3: the pom.xml block must be a whole <project>, not a <dependencies> fragment");
    }

    @Test
    void theNewProjectIsTheTemplateAndThePomWithNothingLeftFromBefore(@TempDir Path dir) throws IOException {
        Path template = Files.createDirectories(dir.resolve("template/src/main/java/a"));
        Files.writeString(template.resolve("A.java"), "package a; class A {}");
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("stale.txt"), "from an earlier build");
        ReadmePom pom = ReadmePom.in(ReadmePom.MARKER + "\n```xml\n" + POM + "\n```\n");

        NewProject.write(pom, dir.resolve("template"), project);

        assertThat(project.resolve("pom.xml")).hasContent(POM);
        assertThat(project.resolve("src/main/java/a/A.java")).hasContent("package a; class A {}");
        assertThat(project.resolve("stale.txt")).doesNotExist();
    }

    private static String value(Document document, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, document);
    }
}
