package dev.corekit.sandbox.api;

import static dev.corekit.sandbox.api.ApiTestClient.A;
import static dev.corekit.sandbox.api.ApiTestClient.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.api.ApiTestClient.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrudTest {
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}";

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

    static Stream<String> listPaths() {
        return Catalogue.load().resources().stream().filter(r -> !r.single()).map(Catalogue.Resource::path);
    }

    @Test
    void theCatalogueHas89PathsOfWhich2AreSingle() {
        List<Catalogue.Resource> resources = Catalogue.load().resources();

        assertThat(resources).hasSize(89);
        assertThat(resources.stream().filter(Catalogue.Resource::single).map(Catalogue.Resource::path))
                .containsExactly("company", "setting/timeexpense");
    }

    @ParameterizedTest
    @ValueSource(strings = {"activity", "crm/lead", "hr/lists/question", "customfieldValue"})
    void anObjectMakesTheWholeRoundTrip(String path) {
        Response created = api.post(token, A, path, "{\"name\":\"First\",\"memo\":\"to drop\",\"billRate\":120.50}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        ObjectNode stored = (ObjectNode) created.json();
        String id = stored.get("id").asText();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(stored.get("name").asText()).isEqualTo("First");
        assertThat(stored.get("createdOn").asText()).matches(TIMESTAMP);
        assertThat(stored.get("lastUpdated").asText())
                .isEqualTo(stored.get("createdOn").asText());
        String user = ApiServer.userId(SandboxConfig.DEMO_LOGIN).toString();
        assertThat(stored.get("createdById").asText()).isEqualTo(user);
        assertThat(stored.get("lastUpdatedById").asText()).isEqualTo(user);
        assertThat(stored.get("version").isTextual()).isTrue();

        Response read = api.get(token, A, path + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(stored);
        assertThat(api.get(token, A, path).json()).containsExactly(stored);

        sandbox.clock().advance(Duration.ofMinutes(5));
        ObjectNode change = stored.deepCopy();
        change.put("name", "Renamed");
        change.remove("memo");
        Response updated = api.put(token, A, path + "/" + id, change.toString());

        assertThat(updated.status()).isEqualTo(200);
        JsonNode after = updated.json();
        assertThat(after.get("id").asText()).isEqualTo(id);
        assertThat(after.get("name").asText()).isEqualTo("Renamed");
        assertThat(after.has("memo")).as("a PUT replaces the client's fields").isFalse();
        assertThat(after.get("billRate").decimalValue()).isEqualByComparingTo("120.50");
        assertThat(after.get("createdOn")).isEqualTo(stored.get("createdOn"));
        assertThat(after.get("lastUpdated").asText())
                .matches(TIMESTAMP)
                .isGreaterThan(stored.get("createdOn").asText());
        assertThat(after.get("version").asText())
                .isNotEqualTo(stored.get("version").asText());
        assertThat(api.get(token, A, path + "/" + id).json()).isEqualTo(after);

        Response deleted = api.delete(token, A, path + "/" + id);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        Response gone = api.get(token, A, path + "/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.message()).contains(id);
        assertThat(api.delete(token, A, path + "/" + id).status()).isEqualTo(404);
        assertThat(api.get(token, A, path).json()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("listPaths")
    void everyListPathCreatesAndReadsBack(String path) {
        ObjectNode created = api.create(token, A, path, "{\"name\":\"n-" + path + "\",\"extra\":{\"k\":[1,2]}}");

        Response read = api.get(token, A, path + "/" + created.get("id").asText());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created);
        assertThat(created.get("name").asText()).isEqualTo("n-" + path);
        assertThat(api.get(token, A, path).json()).containsExactly(created);
    }

    @Test
    void unknownFieldsBigNumbersAndPropertyOrderArePreservedExactly() {
        String body = "{\"zeta\":{\"nested\":[1,2.50,\"x\",null,true]},"
                + "\"amount\":12345678901234567890.123456789012345678,"
                + "\"big\":123456789012345678901234567890,"
                + "\"long\":9223372036854775807,"
                + "\"rate\":1.10,"
                + "\"alpha\":null,"
                + "\"customFields\":[{\"label\":\"Region\",\"value\":\"West\"}]}";

        ObjectNode created = api.create(token, A, "activity", body);
        Response read = api.get(token, A, "activity/" + created.get("id").asText());

        assertThat(read.body())
                .contains("\"zeta\":{\"nested\":[1,2.50,\"x\",null,true]}")
                .contains("\"amount\":12345678901234567890.123456789012345678")
                .contains("\"big\":123456789012345678901234567890")
                .contains("\"long\":9223372036854775807")
                .contains("\"rate\":1.10")
                .contains("\"alpha\":null")
                .contains("\"customFields\":[{\"label\":\"Region\",\"value\":\"West\"}]");
        List<String> names = new ArrayList<>();
        read.json().fieldNames().forEachRemaining(names::add);
        assertThat(names)
                .containsExactly(
                        "id",
                        "zeta",
                        "amount",
                        "big",
                        "long",
                        "rate",
                        "alpha",
                        "customFields",
                        "createdOn",
                        "createdById",
                        "lastUpdated",
                        "lastUpdatedById",
                        "version",
                        "objectState",
                        "token");
    }

    @Test
    void theServerAssignsItsFieldsWhateverTheClientSends() {
        String clientId = UUID.randomUUID().toString();
        ObjectNode created = api.create(
                token,
                A,
                "activity",
                "{\"version\":\"mine\",\"id\":\"" + clientId
                        + "\",\"createdOn\":\"2001-01-01T00:00:00\",\"code\":\"DEV\",\"createdById\":\"x\"}");

        assertThat(created.get("id").asText()).isNotEqualTo(clientId);
        assertThat(created.get("version").asText()).isNotEqualTo("mine");
        assertThat(created.get("createdOn").asText()).isNotEqualTo("2001-01-01T00:00:00");
        assertThat(created.get("createdById").asText())
                .isEqualTo(ApiServer.userId(SandboxConfig.DEMO_LOGIN).toString());
        List<String> names = new ArrayList<>();
        created.fieldNames().forEachRemaining(names::add);
        assertThat(names)
                .as("server fields the client sent keep their place")
                .containsExactly(
                        "id",
                        "version",
                        "createdOn",
                        "code",
                        "createdById",
                        "lastUpdated",
                        "lastUpdatedById",
                        "objectState",
                        "token");
        assertThat(api.get(token, A, "activity/" + clientId).status()).isEqualTo(404);
    }

    @Test
    void createdOnIsTheSandboxClockInUtc() {
        sandbox.clock().advance(Duration.ofDays(400));
        String expected = ApiJson.timestamp(sandbox.clock().instant());

        ObjectNode created = api.create(api.writer(), A, "timeentry", "{}");

        assertThat(created.get("createdOn").asText())
                .isBetween(expected, ApiJson.timestamp(sandbox.clock().instant()));
    }

    @Test
    void companiesAreIsolated() {
        ObjectNode atA = api.create(token, A, "activity", "{\"code\":\"A-ONLY\"}");
        String tokenOfB = api.token(B, "readwrite:core");

        assertThat(api.get(tokenOfB, B, "activity").json()).isEmpty();
        assertThat(api.get(tokenOfB, B, "activity/" + atA.get("id").asText()).status())
                .isEqualTo(404);
        assertThat(api.delete(tokenOfB, B, "activity/" + atA.get("id").asText()).status())
                .isEqualTo(404);

        ObjectNode atB = api.create(tokenOfB, B, "activity", "{\"code\":\"B-ONLY\"}");
        assertThat(api.get(token, A, "activity").json()).containsExactly(atA);
        assertThat(api.get(tokenOfB, B, "activity").json()).containsExactly(atB);
        assertThat(sandbox.api().company(A).list("activity")).containsExactly(atA);
        assertThat(sandbox.api().company(B).list("activity")).containsExactly(atB);
    }

    @Test
    void aStaleVersionFailsWithOutDatedModel() {
        ObjectNode created = api.create(token, A, "activity", "{\"code\":\"DEV\"}");
        String path = "activity/" + created.get("id").asText();
        ObjectNode first = created.deepCopy().put("code", "FIRST");
        ObjectNode second = created.deepCopy().put("code", "SECOND");

        assertThat(api.put(token, A, path, first.toString()).status()).isEqualTo(200);
        Response conflict = api.put(token, A, path, second.toString());

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("Key").asText()).isEqualTo("OutDatedModel");
        assertThat(conflict.message()).isNotBlank();
        assertThat(api.get(token, A, path).json().get("code").asText()).isEqualTo("FIRST");
    }

    @Test
    void anUpdateWithoutAVersionFailsWithOutDatedModel() {
        ObjectNode created = api.create(token, A, "activity", "{\"code\":\"DEV\"}");
        String path = "activity/" + created.get("id").asText();

        Response missing = api.put(token, A, path, "{\"code\":\"X\"}");
        Response nullVersion = api.put(token, A, path, "{\"code\":\"X\",\"version\":null}");

        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.json().get("Key").asText()).isEqualTo("OutDatedModel");
        assertThat(nullVersion.status()).isEqualTo(409);
        assertThat(api.get(token, A, path).json()).isEqualTo(created);
    }

    @Test
    void anUpdateNeedsAnExistingObjectAndTheIdOfTheUrl() {
        ObjectNode created = api.create(token, A, "activity", "{\"code\":\"DEV\"}");
        String version = created.get("version").asText();

        Response unknown = api.put(token, A, "activity/" + UUID.randomUUID(), "{\"version\":\"" + version + "\"}");
        Response otherId = api.put(
                token,
                A,
                "activity/" + created.get("id").asText(),
                "{\"id\":\"" + UUID.randomUUID() + "\",\"version\":\"" + version + "\"}");
        Response sameIdOtherCase = api.put(
                token,
                A,
                "activity/" + created.get("id").asText(),
                "{\"id\":\"" + created.get("id").asText().toUpperCase() + "\",\"version\":\"" + version + "\"}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(otherId.status()).isEqualTo(400);
        assertThat(otherId.message()).contains("id");
        assertThat(sameIdOtherCase.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[{\"code\":\"DEV\"}]", "\"text\"", "{\"code\":"})
    void aBodyThatIsNotOneJsonObjectIs400(String body) {
        Response response = api.post(token, A, "activity", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).isNotBlank();
        assertThat(sandbox.api().company(A).list("activity")).isEmpty();
    }

    @Test
    void singleObjectsAreSeededAndReadOnly() {
        Response companyA = api.get(token, A, "company");
        Response companyB = api.get(api.token(B, "read:core"), B, "company");
        Response settings = api.get(token, A, "setting/timeexpense");

        assertThat(companyA.status()).isEqualTo(200);
        assertThat(companyA.json().get("name").asText()).isEqualTo("Demo Company A");
        assertThat(companyA.json().get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(companyA.json().get("createdOn").asText()).matches(TIMESTAMP);
        assertThat(companyB.json().get("name").asText()).isEqualTo("Demo Company B");
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.json().isObject()).isTrue();
        assertThat(settings.json().has("smallestIncrement")).isTrue();
        Catalogue.Resource companyRow = Catalogue.load().find("company").orElseThrow();
        assertThat(companyRow.fields().keySet()).allSatisfy(f -> {
            if (!f.equals("objectState") && !f.equals("token")) {
                assertThat(companyA.json().has(f)).as(f).isTrue();
            }
        });

        for (String path : List.of("company", "setting/timeexpense")) {
            for (Response refused : List.of(
                    api.put(token, A, path, "{\"name\":\"X\"}"),
                    api.post(token, A, path, "{\"name\":\"X\"}"),
                    api.delete(token, A, path))) {
                assertThat(refused.status()).isEqualTo(405);
                assertThat(refused.message()).contains("read-only");
                assertThat(refused.headers().firstValue("Allow")).hasValue("GET");
            }
        }
        assertThat(api.get(token, A, "company").json()).isEqualTo(companyA.json());
        assertThat(api.get(token, A, "company/" + companyA.json().get("id").asText())
                        .status())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nosuchthing", "crm", "crm/nosuch", "activity/1/2", "project/1/activities", ""})
    void anUnknownPathIs404(String path) {
        Response response = api.get(token, A, path);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.message()).isNotBlank();
    }

    @Test
    void methodsAListOrAnObjectDoesNotHaveAre405() {
        String id = api.create(token, A, "activity", "{}").get("id").asText();

        Response putList = api.put(token, A, "activity", "{}");
        Response deleteList = api.delete(token, A, "activity");
        Response postObject = api.post(token, A, "activity/" + id, "{}");
        Response patchObject = api.send("PATCH", token, A, "activity/" + id, "{}");

        assertThat(putList.status()).isEqualTo(405);
        assertThat(putList.headers().firstValue("Allow")).hasValue("GET, POST");
        assertThat(deleteList.status()).isEqualTo(405);
        assertThat(postObject.status()).isEqualTo(405);
        assertThat(patchObject.status()).isEqualTo(405);
        assertThat(patchObject.headers().firstValue("Allow")).hasValue("GET, PUT, DELETE");
    }

    @Test
    void nestedCataloguePathsAreCollectionsNotIds() {
        ObjectNode group = api.create(token, A, "group", "{\"name\":\"G\"}");
        ObjectNode detail = api.create(
                token, A, "group/detail", "{\"groupId\":\"" + group.get("id").asText() + "\"}");

        assertThat(api.get(token, A, "group").json()).containsExactly(group);
        assertThat(api.get(token, A, "group/detail").json()).containsExactly(detail);
        assertThat(api.get(token, A, "group/detail/" + detail.get("id").asText())
                        .json())
                .isEqualTo(detail);
    }

    @Test
    void pathsIgnoreCaseAndOneTrailingSlash() {
        ObjectNode created = api.create(token, A, "activity/", "{\"code\":\"DEV\"}");

        assertThat(api.get(token, A, "Activity").json()).containsExactly(created);
        assertThat(api.get(token, A, "ACTIVITY/" + created.get("id").asText().toUpperCase())
                        .json())
                .isEqualTo(created);
        ObjectNode value = api.create(token, A, "customfieldvalue", "{\"value\":\"x\"}");
        assertThat(api.get(token, A, "customfieldValue").json()).containsExactly(value);
    }

    @Test
    void theSeedingApiSharesTheDataOfTheHttpApi() {
        CompanyData data = sandbox.api().company(A);
        String id = UUID.randomUUID().toString();

        ObjectNode seeded = data.put("activity", ApiTestClient.parse("{\"id\":\"" + id + "\",\"code\":\"SEED\"}"));

        assertThat(seeded.get("id").asText()).isEqualTo(id);
        assertThat(seeded.get("version").isTextual()).isTrue();
        assertThat(seeded.get("createdOn").asText()).matches(TIMESTAMP);
        assertThat(api.get(token, A, "activity/" + id).json()).isEqualTo(seeded);

        ObjectNode replaced = data.put("activity", ApiTestClient.parse("{\"id\":\"" + id + "\",\"code\":\"NEW\"}"));
        assertThat(replaced.get("createdOn")).isEqualTo(seeded.get("createdOn"));
        assertThat(replaced.get("version")).isNotEqualTo(seeded.get("version"));
        assertThat(data.list("activity")).containsExactly(replaced);
        assertThat(data.get("activity", id)).contains(replaced);

        ObjectNode viaApi = api.create(token, A, "activity", "{\"code\":\"API\"}");
        assertThat(data.list("activity")).containsExactly(replaced, viaApi);

        ObjectNode copy = data.list("activity").get(0);
        copy.put("code", "CHANGED");
        assertThat(data.get("activity", id).orElseThrow().get("code").asText()).isEqualTo("NEW");

        assertThat(data.put("crm/lead", ApiTestClient.parse("{\"name\":\"L\"}"))
                        .get("id")
                        .asText())
                .matches("[0-9a-f-]{36}");
        assertThat(data.delete("activity", id)).isTrue();
        assertThat(data.delete("activity", id)).isFalse();

        data.putSingle("company", ApiTestClient.parse("{\"name\":\"Renamed Co\"}"));
        assertThat(api.get(token, A, "company").json().get("name").asText()).isEqualTo("Renamed Co");
        assertThat(data.single("company").get("name").asText()).isEqualTo("Renamed Co");

        data.clear();
        assertThat(data.list("activity")).isEmpty();
        assertThat(data.list("crm/lead")).isEmpty();
        assertThat(data.single("company").get("name").asText()).isEqualTo("Demo Company A");
        assertThat(api.get(token, A, "activity").json()).isEmpty();
    }

    @Test
    void theSeedingApiRefusesUnknownCompaniesAndPaths() {
        assertThatThrownBy(() -> sandbox.api().company("nope")).isInstanceOf(IllegalArgumentException.class);
        CompanyData data = sandbox.api().company(A);
        assertThatThrownBy(() -> data.list("nope")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.list("company")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.single("activity")).isInstanceOf(IllegalArgumentException.class);
    }
}
