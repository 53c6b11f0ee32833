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

/** Finding the new project's files in the README, and failing loudly when they are not there as they must be. */
class ReadmeFilesTest {
    private static final String MARKER = ReadmeFiles.marker("app", "pom.xml");
    private static final String POM = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
            + "  <modelVersion>4.0.0</modelVersion>\n</project>";

    @Test
    void theReadmesPomPinsTheVersionsThisBuildUses() throws Exception {
        Path readme = Path.of(System.getProperty("readme", "../../README.md"));
        ReadmeFiles.File pom = ReadmeFiles.in(Files.readString(readme, StandardCharsets.UTF_8), "new-project")
                .pom();

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
    void findsTheBlockAfterEachMarkerAndNamesItsLine() {
        ReadmeFiles files = ReadmeFiles.in(
                "# x\n\n" + MARKER + "\n\n```xml\n" + POM + "\n```\nafter\n"
                        + ReadmeFiles.marker("app", "src/main/resources/application.yml") + "\n```yaml\na: 1\n```\n"
                        + ReadmeFiles.marker("other", "pom.xml") + "\n```xml\n<project/>\n```\n",
                "app");

        assertThat(files.pom().text()).isEqualTo(POM + "\n");
        assertThat(files.pom().firstLine()).isEqualTo(6);
        assertThat(files.files())
                .extracting(ReadmeFiles.File::path)
                .containsExactly("pom.xml", "src/main/resources/application.yml");
        assertThat(files.file("src/main/resources/application.yml").text()).isEqualTo("a: 1\n");
        assertThat(files.file("src/main/resources/application.yml").firstLine()).isEqualTo(13);
    }

    @Test
    void aReadmeWithoutThePomFails() {
        assertThatThrownBy(() -> ReadmeFiles.in("## Installing\n\n```xml\n" + POM + "\n```\n", "app"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("README.md has no line " + MARKER);
        String otherProject = ReadmeFiles.marker("other", "pom.xml") + "\n```xml\n" + POM + "\n```\n";
        assertThatThrownBy(() -> ReadmeFiles.in(otherProject, "app"))
                .hasMessageStartingWith("README.md has no line " + MARKER);
    }

    @Test
    void aFileTheReadmeDoesNotShowIsNamed() {
        ReadmeFiles files = ReadmeFiles.in(MARKER + "\n```xml\n" + POM + "\n```\n", "app");

        assertThatThrownBy(() -> files.file("src/main/resources/application.yml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("README.md has no line <!-- app: src/main/resources/application.yml -->");
    }

    @Test
    void aMarkerTwiceFails() {
        String block = MARKER + "\n```xml\n" + POM + "\n```\n";

        assertThatThrownBy(() -> ReadmeFiles.in(block + "\n" + block, "app"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more than once: at lines [1, 8]");
    }

    @Test
    void aMarkerWithoutABlockOfItsLanguageFails() {
        assertThatThrownBy(() -> ReadmeFiles.in("text\n" + MARKER + "\n```java\nclass A {}\n```\n", "app"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("README.md:2: " + MARKER + " must be followed by a ```xml block, found '```java'");
        assertThatThrownBy(() -> ReadmeFiles.in(MARKER + "\n\n", "app"))
                .hasMessageEndingWith("found the end of the file");
        String yaml = ReadmeFiles.marker("app", "src/main/resources/application.yml");
        assertThatThrownBy(
                        () -> ReadmeFiles.in(MARKER + "\n```xml\n" + POM + "\n```\n" + yaml + "\n```xml\n```\n", "app"))
                .hasMessage("README.md:7: " + yaml + " must be followed by a ```yaml block, found '```xml'");
    }

    @Test
    void aPathOutsideTheProjectOrOfAnotherKindFails() {
        String pom = MARKER + "\n```xml\n" + POM + "\n```\n";

        assertThatThrownBy(
                        () -> ReadmeFiles.in(pom + ReadmeFiles.marker("app", "../x.java") + "\n```java\n```\n", "app"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("README.md:7: <!-- app: ../x.java --> must name a file inside the project, as a plain"
                        + " relative path");
        assertThatThrownBy(() -> ReadmeFiles.in(pom + ReadmeFiles.marker("app", "run.sh") + "\n```sh\n```\n", "app"))
                .hasMessageStartingWith("README.md:7: <!-- app: run.sh --> names a file of a kind");
    }

    @Test
    void aBlockNeverClosedFails() {
        assertThatThrownBy(() -> ReadmeFiles.in(MARKER + "\n```xml\n" + POM + "\n", "app"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("README.md:2: the pom.xml block is never closed");
    }

    @Test
    void aPomThatIsNotWellFormedNamesTheReadmeLine() {
        String broken = "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <dependencies>\n</project>";

        assertThatThrownBy(() -> ReadmeFiles.in("a\n" + MARKER + "\n```xml\n" + broken + "\n```\n", "app"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("README.md:7: the pom.xml is not well-formed XML");
    }

    @Test
    void aFragmentIsNotAPom() {
        assertThatThrownBy(() -> ReadmeFiles.in(MARKER + "\n```xml\n<dependencies/>\n```\n", "app"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("README.md:3: the pom.xml block must be a whole <project>, not a <dependencies> fragment");
    }

    @Test
    void theNewProjectIsTheTemplateAndTheReadmesFilesWithNothingLeftFromBefore(@TempDir Path dir) throws IOException {
        Path template = Files.createDirectories(dir.resolve("template/src/main/java/a"));
        Files.writeString(template.resolve("A.java"), "package a; class A {}");
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("stale.txt"), "from an earlier build");
        String yaml = ReadmeFiles.marker("app", "src/main/resources/application.yml");
        ReadmeFiles files =
                ReadmeFiles.in(MARKER + "\n```xml\n" + POM + "\n```\n" + yaml + "\n```yaml\na: 1\n```\n", "app");

        NewProject.write(files, dir.resolve("template"), project);

        assertThat(project.resolve("pom.xml")).hasContent(POM);
        assertThat(project.resolve("src/main/resources/application.yml")).hasContent("a: 1");
        assertThat(project.resolve("src/main/java/a/A.java")).hasContent("package a; class A {}");
        assertThat(project.resolve("stale.txt")).doesNotExist();
    }

    @Test
    void aTemplateFileTheReadmeAlsoGivesFails(@TempDir Path dir) throws IOException {
        Path template = Files.createDirectories(dir.resolve("template"));
        Files.writeString(template.resolve("pom.xml"), POM);
        ReadmeFiles files = ReadmeFiles.in(MARKER + "\n```xml\n" + POM + "\n```\n", "app");

        assertThatThrownBy(() -> NewProject.write(files, template, dir.resolve("project")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("has pom.xml, which the README gives (README.md:3); remove it from the template");
    }

    private static String value(Document document, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, document);
    }
}
