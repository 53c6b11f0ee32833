package dev.corekit.sandbox.api;

import static dev.corekit.sandbox.api.ApiTestClient.A;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.api.ApiTestClient.Response;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue's operations beyond the standard five: batch saves, a project's sub-lists, a document's link. */
class DeclaredOperationsTest {
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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "timeentry",
                "expenseentry",
                "project",
                "document",
                "crm/prospect",
                "hr/employeebenefit",
                "hr/employeebenefitusage"
            })
    void aBatchCreatesNewObjectsUpdatesStoredOnesAndReportsEachInOrder(String path) {
        ObjectNode stored = api.create(token, A, path, "{\"name\":\"before\"}");
        String id = stored.get("id").asText();
        String version = stored.get("version").asText();
        String body = "[{\"name\":\"new\"},"
                + "{\"id\":\"" + id + "\",\"version\":\"" + version + "\",\"name\":\"after\"},"
                + "{\"id\":\"" + id + "\",\"version\":\"" + version + "\",\"name\":\"stale\"},"
                + "5]";

        Response answer = api.post(token, A, path + "/batch", body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        JsonNode job = answer.json();
        assertThat(UUID.fromString(job.get("id").asText())).isNotNull();
        assertThat(job.get("status").asText()).isEqualTo("CompletedWithErrors");
        assertThat(job.get("total").asInt()).isEqualTo(4);
        assertThat(job.get("succeeded").asInt()).isEqualTo(2);
        assertThat(job.get("failed").asInt()).isEqualTo(2);
        JsonNode results = job.get("results");
        assertThat(results).extracting(r -> r.get("index").asInt()).containsExactly(0, 1, 2, 3);
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(201, 200, 409, 400);
        assertThat(results.get(2).get("error").get("Key").asText()).isEqualTo("OutDatedModel");
        assertThat(results.get(3).get("error").get("Message").asText()).contains("JSON object");

        String createdId = results.get(0).get("id").asText();
        ObjectNode created = sandbox.api().company(A).get(path, createdId).orElseThrow();
        assertThat(created.get("name").asText()).isEqualTo("new");
        assertThat(created.get("version").asText())
                .isEqualTo(results.get(0).get("version").asText());
        ObjectNode updated = sandbox.api().company(A).get(path, id).orElseThrow();
        assertThat(updated.get("name").asText()).isEqualTo("after");
        assertThat(results.get(1).get("id").asText()).isEqualTo(id);
        assertThat(sandbox.api().company(A).list(path)).hasSize(2);
    }

    @Test
    void aBatchWhereEveryObjectIsSavedIsCompleted() {
        Response answer = api.post(token, A, "TimeEntry/batch/", "[{\"description\":\"a\"},{\"description\":\"b\"}]");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().get("status").asText()).isEqualTo("Completed");
        assertThat(sandbox.api().company(A).list("timeentry"))
                .extracting(o -> o.get("description").asText())
                .containsExactly("a", "b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"one\"}", "[]", "\"x\""})
    void aBatchMustBeANonEmptyArray(String body) {
        Response answer = api.post(token, A, "project/batch", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).contains("JSON array of one or more objects");
        assertThat(sandbox.api().company(A).list("project")).isEmpty();
    }

    @Test
    void aBatchIsPostedAndNeedsTheWriteScope() {
        Response get = api.get(token, A, "project/batch");
        Response readOnly = api.post(api.token(A, "read:core"), A, "project/batch", "[{}]");

        assertThat(get.status()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(sandbox.api().company(A).list("project")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"activities:projectassignment/activity", "resources:projectassignment/resource"})
    void aProjectListsItsOwnAssignments(String pair) {
        String sublist = pair.substring(0, pair.indexOf(':'));
        String assignments = pair.substring(pair.indexOf(':') + 1);
        String project =
                api.create(token, A, "project", "{\"name\":\"P\"}").get("id").asText();
        String other =
                api.create(token, A, "project", "{\"name\":\"Q\"}").get("id").asText();
        String first = api.create(token, A, assignments, "{\"projectId\":\"" + project + "\",\"description\":\"one\"}")
                .get("id")
                .asText();
        api.create(token, A, assignments, "{\"projectId\":\"" + other + "\",\"description\":\"other\"}");
        String second = api.create(
                        token,
                        A,
                        assignments,
                        "{\"projectId\":\"" + project.toUpperCase() + "\",\"description\":\"two\"}")
                .get("id")
                .asText();

        Response all = api.get(token, A, "project/" + project + "/" + sublist);
        Response filtered = api.get(
                token, A, "project/" + project + "/" + sublist + "?where=" + ApiTestClient.enc("description='two'"));
        Response paged = api.get(token, A, "project/" + project + "/" + sublist + "?page=1,1");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.column("id")).containsExactly(first, second);
        assertThat(filtered.column("id")).containsExactly(second);
        assertThat(paged.column("id")).containsExactly(second);
    }

    @Test
    void theSubListsOfAnUnknownProjectAreNotFound() {
        String unknown = UUID.randomUUID().toString();

        Response activities = api.get(token, A, "project/" + unknown + "/activities");
        Response posted = api.post(token, A, "project/" + unknown + "/resources", "{}");

        assertThat(activities.status()).isEqualTo(404);
        assertThat(activities.message()).contains(unknown);
        assertThat(posted.status()).isEqualTo(405);
        assertThat(posted.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void aDocumentsUriIsItsLinkAsAJsonString() {
        String withLink = api.create(
                        token, A, "document", "{\"name\":\"plan\",\"uri\":\"https://files.example/plan.pdf\"}")
                .get("id")
                .asText();
        String withoutLink = api.create(token, A, "document", "{\"name\":\"draft\"}")
                .get("id")
                .asText();

        Response link = api.get(token, A, "document/uri/" + withLink);
        Response none = api.get(token, A, "document/uri/" + withoutLink);
        Response unknown = api.get(token, A, "document/uri/" + UUID.randomUUID());

        assertThat(link.status()).isEqualTo(200);
        assertThat(link.contentType()).startsWith("application/json");
        assertThat(link.body()).isEqualTo("\"https://files.example/plan.pdf\"");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.message()).contains("has no uri");
        assertThat(unknown.status()).isEqualTo(404);
    }
}
