package dev.corekit.sandbox.api;

import static dev.corekit.sandbox.api.ApiTestClient.A;
import static dev.corekit.sandbox.api.ApiTestClient.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxCollection;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.api.ApiTestClient.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collections of the user's own are served next to the catalogue's, stored and queried like them. */
class OwnCollectionsTest {
    private static final String SEEDED_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @TempDir
    Path dir;

    private static CoreSandbox start(SandboxCollection... collections) {
        return CoreSandbox.builder()
                .configure(c -> List.of(collections).forEach(c::collection))
                .start();
    }

    private static List<ObjectNode> seed() {
        return List.of(
                ApiTestClient.parse("{\"id\":\"" + SEEDED_ID + "\",\"purpose\":\"client visit\",\"miles\":12.5}"),
                ApiTestClient.parse("{\"purpose\":\"site survey\",\"miles\":40}"));
    }

    @Test
    void anOwnCollectionIsCreatedListedUpdatedAndDeletedOverHttp() {
        try (CoreSandbox sandbox = start(SandboxCollection.of("custom/mileage"))) {
            ApiTestClient api = new ApiTestClient(sandbox);
            String token = api.writer();

            Response emptyFiltered = api.get(token, A, "custom/mileage?where=" + ApiTestClient.enc("purpose='x'"));
            ObjectNode created = api.create(token, A, "custom/mileage", "{\"purpose\":\"airport\",\"miles\":18.20}");
            String id = created.get("id").asText();
            Response listed = api.get(token, A, "Custom/Mileage?where=" + ApiTestClient.enc("miles>18"));
            Response updated = api.put(
                    token,
                    A,
                    "custom/mileage/" + id,
                    "{\"purpose\":\"airport and back\",\"miles\":36.40,\"version\":\""
                            + created.get("version").asText() + "\"}");
            Response stale = api.put(
                    token,
                    A,
                    "custom/mileage/" + id,
                    "{\"miles\":1,\"version\":\"" + created.get("version").asText() + "\"}");
            Response deleted = api.delete(token, A, "custom/mileage/" + id);

            assertThat(emptyFiltered.status()).isEqualTo(200);
            assertThat(emptyFiltered.json()).isEmpty();
            assertThat(created.get("createdOn").asText()).isNotBlank();
            assertThat(created.get("miles").decimalValue()).isEqualByComparingTo("18.20");
            assertThat(listed.json()).containsExactly(created);
            assertThat(updated.status()).isEqualTo(200);
            assertThat(updated.json().get("purpose").asText()).isEqualTo("airport and back");
            assertThat(updated.json().get("createdOn")).isEqualTo(created.get("createdOn"));
            assertThat(stale.status()).isEqualTo(409);
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(api.get(token, A, "custom/mileage/" + id).status()).isEqualTo(404);
            assertThat(api.get(token, A, "custom/other").status()).isEqualTo(404);
        }
    }

    @Test
    void everyCompanyStartsWithTheSeedAndReturnsToItOnClear() {
        SandboxCollection mileage = SandboxCollection.of("mileage").withSeed(seed());
        String generated;
        try (CoreSandbox sandbox = start(mileage)) {
            ApiTestClient api = new ApiTestClient(sandbox);

            Response inA = api.get(api.token(A, "read:core"), A, "mileage?orderBy=miles");
            Response inB = api.get(api.token(B, "read:core"), B, "mileage/" + SEEDED_ID);
            generated = inA.column("id").get(1);
            api.delete(api.writer(), A, "mileage/" + SEEDED_ID);
            sandbox.api().clear();

            assertThat(inA.column("purpose")).containsExactly("client visit", "site survey");
            assertThat(inA.column("id").get(0)).isEqualTo(SEEDED_ID);
            assertThat(inA.json().get(0).get("version").asText()).isNotBlank();
            assertThat(inB.status()).isEqualTo(200);
            assertThat(sandbox.api().company(A).list("mileage"))
                    .extracting(o -> o.get("id").asText())
                    .containsExactly(SEEDED_ID, generated);
        }
        try (CoreSandbox again = start(mileage)) {
            assertThat(again.api().company(A).get("mileage", generated)).isPresent();
        }
    }

    @Test
    void declaredFieldsAreTheOnlyNamesQueriesMayUseBeforeAnObjectHasThem() {
        try (CoreSandbox sandbox = start(SandboxCollection.of("mileage").withFields(List.of("purpose")))) {
            ApiTestClient api = new ApiTestClient(sandbox);
            String token = api.writer();

            Response declared = api.get(token, A, "mileage?where=" + ApiTestClient.enc("purpose='x'"));
            Response undeclared = api.get(token, A, "mileage?where=" + ApiTestClient.enc("miles>1"));

            assertThat(declared.status()).isEqualTo(200);
            assertThat(undeclared.status()).isEqualTo(400);
            assertThat(undeclared.message()).contains("unknown field 'miles'");
        }
    }

    @Test
    void aPathOfTheCatalogueOrAMalformedPathIsRefused() {
        SandboxConfig.Builder builder = SandboxConfig.builder().collection(SandboxCollection.of("Activity"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Activity' is a path of the catalogue");
        assertThatThrownBy(() -> SandboxCollection.of("/mileage/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'/mileage/'");
    }

    @Test
    void theJsonConfigRegistersCollectionsWithTheirSeed() throws Exception {
        Path file = dir.resolve("sandbox.json");
        Files.writeString(file, """
                {"collections": [{"path": "mileage", "fields": ["purpose"],
                                  "seed": [{"purpose": "client visit", "miles": 12.5}]}]}
                """);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"collections\": [{\"path\": \"mileage\", \"seed\": [1]}]}");

        SandboxConfig config = SandboxConfig.fromJson(file);

        try (CoreSandbox sandbox = CoreSandbox.builder().config(config).start()) {
            ApiTestClient api = new ApiTestClient(sandbox);
            JsonNode listed = api.get(api.writer(), A, "mileage").json();
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).get("purpose").asText()).isEqualTo("client visit");
        }
        assertThat(config.collections()).extracting(SandboxCollection::path).containsExactly("mileage");
        assertThatThrownBy(() -> SandboxConfig.fromJson(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seed of collection 'mileage' must hold JSON objects");
    }
}
