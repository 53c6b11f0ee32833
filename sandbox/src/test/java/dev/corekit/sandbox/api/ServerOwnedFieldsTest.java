package dev.corekit.sandbox.api;

import static dev.corekit.sandbox.api.ApiTestClient.A;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.api.ApiTestClient.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code objectState} and {@code token} are the server's, set on create and update where the catalogue lists them. */
class ServerOwnedFieldsTest {
    private CoreSandbox sandbox;
    private ApiTestClient api;
    private String token;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
        api = new ApiTestClient(sandbox);
        token = api.writer();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aCreateSetsObjectStateAndTokenWhateverTheClientSent() {
        ObjectNode created =
                api.create(token, A, "activity", "{\"objectState\":\"New\",\"code\":\"DEV\",\"token\":99}");

        assertThat(created.get("objectState").asText()).isEqualTo("Unchanged");
        assertThat(created.get("token").isInt()).isTrue();
        assertThat(created.get("token").intValue()).isEqualTo(1);
        // The client's position of a server field is kept, as for version.
        assertThat(fieldOrder(created)).startsWith("id", "objectState", "code", "token");
        assertThat(api.get(token, A, "activity/" + created.get("id").asText()).json())
                .isEqualTo(created);
    }

    @Test
    void anUpdateSetsObjectStateAndCountsTheTokenUp() {
        ObjectNode created = api.create(token, A, "activity", "{\"code\":\"DEV\"}");
        String id = created.get("id").asText();

        Response updated = api.put(
                token,
                A,
                "activity/" + id,
                "{\"code\":\"DEV2\",\"objectState\":\"Modified\",\"token\":1,\"version\":\""
                        + created.get("version").asText() + "\"}");

        assertThat(updated.status()).isEqualTo(200);
        JsonNode json = updated.json();
        assertThat(json.get("objectState").asText()).isEqualTo("Unchanged");
        assertThat(json.get("token").intValue()).isEqualTo(2);
    }

    @Test
    void onlyTheFieldsTheCatalogueListsAreSet() {
        // resourceschedule lists objectState but no token; deletedHistory lists neither.
        ObjectNode schedule = api.create(token, A, "resourceschedule", "{\"units\":8}");
        ObjectNode deleted = api.create(token, A, "deletedHistory", "{\"entityType\":\"Activity\",\"token\":\"kept\"}");

        assertThat(schedule.get("objectState").asText()).isEqualTo("Unchanged");
        assertThat(schedule.has("token")).isFalse();
        assertThat(deleted.has("objectState")).isFalse();
        assertThat(deleted.get("token").asText()).isEqualTo("kept");
    }

    @Test
    void seededObjectsCarryThemToo() {
        ObjectNode seeded = sandbox.api().company(A).put("crm/lead", ApiTestClient.parse("{\"name\":\"Lead\"}"));

        assertThat(seeded.get("objectState").asText()).isEqualTo("Unchanged");
        assertThat(seeded.get("token").intValue()).isEqualTo(1);
        assertThat(sandbox.api().company(A).single("company").get("objectState").asText())
                .isEqualTo("Unchanged");
    }

    private static List<String> fieldOrder(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
