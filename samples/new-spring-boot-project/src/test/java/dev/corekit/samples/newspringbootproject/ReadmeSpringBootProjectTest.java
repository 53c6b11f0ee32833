package dev.corekit.samples.newspringbootproject;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.samples.newproject.ReadmeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ByteArrayResource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The README's Spring Boot project is what its section says: Spring Boot's parent at the version corekit is built
 * with, corekit's BOM at this version, the starter and the web starter and nothing else outside tests, and properties
 * the starter knows.
 */
class ReadmeSpringBootProjectTest {
    private static ReadmeFiles project;

    @BeforeAll
    static void readTheReadme() throws IOException {
        Path readme = Path.of(System.getProperty("readme", "../../README.md"));
        project = ReadmeFiles.in(Files.readString(readme, StandardCharsets.UTF_8), "new-spring-boot-project");
    }

    @Test
    void theProjectIsItsPomItsPropertiesAndTwoClasses() {
        assertThat(project.files())
                .extracting(ReadmeFiles.File::path)
                .containsExactly(
                        "pom.xml",
                        "src/main/resources/application.yml",
                        "src/main/java/com/example/timesheets/TimesheetsApplication.java",
                        "src/main/java/com/example/timesheets/ActivitiesController.java");
    }

    @Test
    void thePomInheritsSpringBootAndAddsOnlyTheStarterAndTheWebStarter() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(project.pom().text())));

        assertThat(value(pom, "/project/parent/artifactId")).isEqualTo("spring-boot-starter-parent");
        assertThat(value(pom, "/project/parent/version")).isEqualTo(System.getProperty("spring-boot.version"));
        assertThat(value(pom, "/project/properties/corekit.version")).isEqualTo(System.getProperty("corekit.version"));
        assertThat(value(pom, "/project/properties/java.version")).isEqualTo("17");
        assertThat(value(pom, "/project/dependencyManagement/dependencies/dependency[artifactId='corekit-bom']/scope"))
                .isEqualTo("import");
        assertThat(dependencies(pom))
                .containsExactly(
                        "dev.corekit:corekit-spring-boot-starter:compile",
                        "org.springframework.boot:spring-boot-starter-webmvc:compile",
                        "org.springframework.boot:spring-boot-starter-test:test",
                        "dev.corekit:corekit-sandbox:test");
        assertThat(value(pom, "count(/project/dependencies/dependency/version)"))
                .as("versions come from Spring Boot's parent and corekit's BOM")
                .isEqualTo("0");
        assertThat(value(pom, "count(/project/build)")).isEqualTo("0");
    }

    @Test
    void everyPropertyOfApplicationYmlIsOneTheStarterDocuments() throws IOException {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ByteArrayResource(
                project.file("src/main/resources/application.yml").text().getBytes(StandardCharsets.UTF_8)));
        Properties properties = yaml.getObject();

        assertThat(properties.stringPropertyNames())
                .containsExactlyInAnyOrder(
                        "corekit.client-id",
                        "corekit.client-secret",
                        "corekit.redirect-uri",
                        "corekit.store.file.directory");
        assertThat(documentedProperties())
                .as("the corekit properties in the starter's configuration metadata")
                .containsAll(properties.stringPropertyNames());
        assertThat(properties.getProperty("corekit.client-secret"))
                .as("the secret comes from the environment")
                .isEqualTo("${CORE_CLIENT_SECRET}");
    }

    /** The corekit names in the configuration metadata of every jar on the class path (the starter's among them). */
    private static Set<String> documentedProperties() throws IOException {
        Set<String> names = new HashSet<>();
        for (URL metadata : Collections.list(ReadmeSpringBootProjectTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
                    String name = property.path("name").asText();
                    if (name.startsWith("corekit.")) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    private static List<String> dependencies(Document pom) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance()
                .newXPath()
                .evaluate("/project/dependencies/dependency", pom, XPathConstants.NODESET);
        List<String> dependencies = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node dependency = nodes.item(i);
            String scope = value(dependency, "scope");
            dependencies.add(value(dependency, "groupId") + ":" + value(dependency, "artifactId") + ":"
                    + (scope.isEmpty() ? "compile" : scope));
        }
        return dependencies;
    }

    private static String value(Object node, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, node);
    }
}
