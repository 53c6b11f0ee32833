package dev.corekit.sandbox.api;

import static dev.corekit.sandbox.api.ApiTestClient.A;
import static dev.corekit.sandbox.api.ApiTestClient.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.api.ApiTestClient.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListQueryTest {
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

    private Response list(String query) {
        return api.get(token, A, "activity?" + query);
    }

    private void createActivities(int count) {
        for (int i = 1; i <= count; i++) {
            api.create(token, A, "activity", "{\"code\":\"C" + i + "\"}");
        }
    }

    /**
     * Five activities:
     *
     * <pre>
     * code  name       billRate  billable  memo      date
     * DEV   Developer  150       true      null      2025-01-10T09:00:00
     * QA    tester     90.5      false     (absent)  2025-02-01T00:00:00
     * PM    O'Brien    200       true      'lead'    2024-12-31T23:59:59
     * ops   Operator   90.5      true      'night'   2025-02-01
     * DOC   Writer     (absent)  false     ''        (absent)
     * </pre>
     */
    private void seedFive() {
        api.create(
                token,
                A,
                "activity",
                "{\"code\":\"DEV\",\"name\":\"Developer\",\"billRate\":150,"
                        + "\"billable\":true,\"memo\":null,\"date\":\"2025-01-10T09:00:00\"}");
        api.create(
                token,
                A,
                "activity",
                "{\"code\":\"QA\",\"name\":\"tester\",\"billRate\":90.5,"
                        + "\"billable\":false,\"date\":\"2025-02-01T00:00:00\"}");
        api.create(
                token,
                A,
                "activity",
                "{\"code\":\"PM\",\"name\":\"O'Brien\",\"billRate\":200,"
                        + "\"billable\":true,\"memo\":\"lead\",\"date\":\"2024-12-31T23:59:59\"}");
        api.create(
                token,
                A,
                "activity",
                "{\"code\":\"ops\",\"name\":\"Operator\",\"billRate\":90.5,"
                        + "\"billable\":true,\"memo\":\"night\",\"date\":\"2025-02-01\"}");
        api.create(token, A, "activity", "{\"code\":\"DOC\",\"name\":\"Writer\",\"billable\":false,\"memo\":\"\"}");
    }

    private List<String> codesWhere(String where) {
        Response response = list("where=" + enc(where));
        assertThat(response.status()).as(where + " -> " + response.body()).isEqualTo(200);
        return response.column("code");
    }

    // ---- paging ----

    @Test
    void pagesOfTwoOverFiveObjectsThen204() {
        createActivities(5);

        assertThat(list("page=0,2").column("code")).containsExactly("C1", "C2");
        assertThat(list("page=1,2").column("code")).containsExactly("C3", "C4");
        assertThat(list("page=2,2").column("code")).containsExactly("C5");
        Response after = list("page=3,2");
        assertThat(after.status()).isEqualTo(204);
        assertThat(after.body()).isEmpty();
        assertThat(list("page=99,2").status()).isEqualTo(204);
    }

    @Test
    void aPageEndingExactlyAtTheDataIsFollowedBy204() {
        createActivities(4);

        assertThat(list("page=1,2").column("code")).containsExactly("C3", "C4");
        assertThat(list("page=2,2").status()).isEqualTo(204);
    }

    @Test
    void anEmptyListIsAnEmptyArrayOnPage0And204After() {
        Response first = list("page=0,10");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("[]");
        assertThat(api.get(token, A, "activity").body()).isEqualTo("[]");
        assertThat(list("page=1,10").status()).isEqualTo(204);
    }

    @Test
    void withoutPageTheFirstPageOfTheDefaultSizeComes() {
        createActivities(30);

        assertThat(api.get(token, A, "activity").json()).hasSize(25);
        assertThat(list("page=1").column("code")).hasSize(5).first().isEqualTo("C26");
    }

    @Test
    void theDefaultPageSizeIsConfigurable() {
        try (CoreSandbox small =
                CoreSandbox.builder().configure(c -> c.defaultPageSize(3)).start()) {
            ApiTestClient client = new ApiTestClient(small);
            String writer = client.writer();
            for (int i = 0; i < 5; i++) {
                client.create(writer, A, "activity", "{}");
            }

            assertThat(client.get(writer, A, "activity").json()).hasSize(3);
        }
    }

    @Test
    void pageSizesAreLimitedTo1000And100WithExpand() {
        createActivities(3);

        assertThat(list("page=0,1000").json()).hasSize(3);
        Response tooBig = list("page=0,1001");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.message()).contains("1001").contains("1000");
        assertThat(list("page=0,100&expand=customFields").json()).hasSize(3);
        Response tooBigWithExpand = list("page=0,101&expand=customFields");
        assertThat(tooBigWithExpand.status()).isEqualTo(400);
        assertThat(tooBigWithExpand.message()).contains("101").contains("expand");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0,0", "-1,10", "0,x", "1,2,3", "0;10", "99999999999,1"})
    void aMalformedPageIs400(String page) {
        Response response = list("page=" + enc(page));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).isNotBlank();
    }

    @Test
    void parameterNamesIgnoreCase() {
        createActivities(3);

        assertThat(list("PAGE=0,2").json()).hasSize(2);
        assertThat(list("orderby=" + enc("code desc")).column("code")).containsExactly("C3", "C2", "C1");
        assertThat(list("orderBy=" + enc("code desc")).column("code")).containsExactly("C3", "C2", "C1");
        assertThat(list("OrderBy=" + enc("code desc")).column("code")).containsExactly("C3", "C2", "C1");
        assertThat(list("WHERE=" + enc("code='C2'")).column("code")).containsExactly("C2");
        assertThat(list("Fields=code").json().get(0).size()).isEqualTo(1);
    }

    // ---- where ----

    @Test
    void everyComparisonOperatorOnNumbers() {
        seedFive();

        assertThat(codesWhere("billRate=90.5")).containsExactly("QA", "ops");
        assertThat(codesWhere("billRate=90.50")).containsExactly("QA", "ops");
        assertThat(codesWhere("billRate<>90.5"))
                .as("null never matches, <> included")
                .containsExactly("DEV", "PM");
        assertThat(codesWhere("billRate<150")).containsExactly("QA", "ops");
        assertThat(codesWhere("billRate<=150")).containsExactly("DEV", "QA", "ops");
        assertThat(codesWhere("billRate>150")).containsExactly("PM");
        assertThat(codesWhere("billRate>=150")).containsExactly("DEV", "PM");
        assertThat(codesWhere("billRate>-1.5e2")).containsExactly("DEV", "QA", "PM", "ops");
        assertThat(codesWhere("billRate='150'"))
                .as("a quoted number compares as a number")
                .containsExactly("DEV");
    }

    @Test
    void stringsCompareIgnoringCase() {
        seedFive();

        assertThat(codesWhere("code='dev'")).containsExactly("DEV");
        assertThat(codesWhere("code='OPS'")).containsExactly("ops");
        assertThat(codesWhere("code<>'dev'")).containsExactly("QA", "PM", "ops", "DOC");
        assertThat(codesWhere("name<'P'")).containsExactly("DEV", "PM", "ops");
        assertThat(codesWhere("name>='tester'")).containsExactly("QA", "DOC");
        assertThat(codesWhere("memo=''")).containsExactly("DOC");
    }

    @Test
    void datesCompareAsDates() {
        seedFive();

        assertThat(codesWhere("date>='2025-01-01T00:00:00'")).containsExactly("DEV", "QA", "ops");
        assertThat(codesWhere("date<'2025-01-01'")).containsExactly("PM");
        assertThat(codesWhere("date='2025-02-01'")).as("a date is midnight").containsExactly("QA", "ops");
        assertThat(codesWhere("date>'2025-01-10T08:59:59.5'")).containsExactly("DEV", "QA", "ops");
    }

    @Test
    void booleans() {
        seedFive();

        assertThat(codesWhere("billable=true")).containsExactly("DEV", "PM", "ops");
        assertThat(codesWhere("billable = FALSE")).containsExactly("QA", "DOC");
        assertThat(codesWhere("billable=1")).containsExactly("DEV", "PM", "ops");
        assertThat(codesWhere("billable<>true")).containsExactly("QA", "DOC");
    }

    @Test
    void quotedStringsWithDoubledQuotes() {
        seedFive();

        assertThat(codesWhere("name='O''Brien'")).containsExactly("PM");
        assertThat(codesWhere("name='o''brien' AND code='PM'")).containsExactly("PM");
        assertThat(codesWhere("name='OBrien'")).isEmpty();
    }

    @Test
    void isNullAndIsNotNull() {
        seedFive();

        assertThat(codesWhere("memo is null")).as("null and absent").containsExactly("DEV", "QA");
        assertThat(codesWhere("memo IS NOT NULL")).containsExactly("PM", "ops", "DOC");
        assertThat(codesWhere("billRate Is Null")).containsExactly("DOC");
        assertThat(codesWhere("memo is not null and memo<>''")).containsExactly("PM", "ops");
    }

    @Test
    void andBindsTighterThanOrAndParenthesesGroup() {
        seedFive();

        assertThat(codesWhere("code='DEV' OR code='QA' AND billable=true")).containsExactly("DEV");
        assertThat(codesWhere("billable=true AND code='QA' OR code='DOC'")).containsExactly("DOC");
        assertThat(codesWhere("(code='DEV' OR code='QA') AND billable=false")).containsExactly("QA");
        assertThat(codesWhere("((code='DEV' or code='QA')) and (billRate>100 or billable=false)"))
                .containsExactly("DEV", "QA");
        assertThat(codesWhere("code='PM' or code='ops' or code='DOC' and billRate>0"))
                .containsExactly("PM", "ops");
    }

    @Test
    void nestedFieldsAndFieldNamesIgnoringCase() {
        api.create(token, A, "activity", "{\"code\":\"N1\",\"client\":{\"name\":\"Acme\"}}");
        api.create(token, A, "activity", "{\"code\":\"N2\",\"client\":{\"name\":\"Other\"}}");

        assertThat(codesWhere("client.name='acme'")).containsExactly("N1");
        assertThat(codesWhere("CODE='n2'")).containsExactly("N2");
    }

    @Test
    void aFieldTheCatalogueKnowsButNoObjectHasMatchesNothing() {
        seedFive();

        assertThat(codesWhere("incomeAccountId='x'")).isEmpty();
        assertThat(codesWhere("incomeAccountId is null")).hasSize(5);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "code=|at position 6",
                "code == 'x'|unknown operator '=='",
                "code != 'x'|unknown operator '!='",
                "code LIKE 'x%'|unknown operator 'LIKE' at position 6",
                "code IN ('a')|unknown operator 'IN'",
                "(code='x'|expected ')'",
                "code='x')|at position 9",
                "code='x|no closing quote at position 6",
                "code=null|is null",
                "code is 'x'|expected NULL",
                "code='x' AND|at position 13",
                "code='x' code='y'|at position 10",
                "='x'|expected a field name",
                "code=name|fields compare only with values",
                "NOT code='x'|expected a field name",
                "code # 'x'|unexpected character '#'",
                "billRate>12ab|'12ab' is not a number",
                "nosuchfield='x'|unknown field 'nosuchfield' at position 1",
            })
    void aBadExpressionIs400WithAMessageAndPosition(String where, String expected) {
        seedFive();

        Response response = list("where=" + enc(where));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).contains(expected).containsIgnoringCase("position");
    }

    // ---- orderBy ----

    @Test
    void orderByAscendingDescendingAndSeveralKeys() {
        seedFive();

        assertThat(orderedBy("code")).containsExactly("DEV", "DOC", "ops", "PM", "QA");
        assertThat(orderedBy("code asc")).containsExactly("DEV", "DOC", "ops", "PM", "QA");
        assertThat(orderedBy("code DESC")).containsExactly("QA", "PM", "ops", "DOC", "DEV");
        assertThat(orderedBy("billRate"))
                .as("null first, ties in creation order")
                .containsExactly("DOC", "QA", "ops", "DEV", "PM");
        assertThat(orderedBy("billRate desc")).containsExactly("PM", "DEV", "QA", "ops", "DOC");
        assertThat(orderedBy("billRate desc,code desc")).containsExactly("PM", "DEV", "QA", "ops", "DOC");
        assertThat(orderedBy("billable desc, billRate asc")).containsExactly("ops", "DEV", "PM", "DOC", "QA");
        assertThat(orderedBy("date")).containsExactly("DOC", "PM", "DEV", "QA", "ops");
    }

    @Test
    void withoutOrderByObjectsComeInCreationOrder() {
        seedFive();

        assertThat(list("page=0,10").column("code")).containsExactly("DEV", "QA", "PM", "ops", "DOC");
    }

    @Test
    void orderByCombinesWithWhereAndPaging() {
        seedFive();

        Response response =
                list("where=" + enc("billRate is not null") + "&orderBy=" + enc("billRate desc") + "&page=1,2");

        assertThat(response.column("code")).containsExactly("QA", "ops");
        assertThat(list("where=" + enc("billRate is not null") + "&page=2,2").status())
                .isEqualTo(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"code sideways", "code asc desc", ",code", "code,", "nosuchfield"})
    void aBadOrderByIs400(String orderBy) {
        seedFive();

        Response response = list("orderBy=" + enc(orderBy));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).contains("orderBy");
    }

    private List<String> orderedBy(String orderBy) {
        Response response = list("orderBy=" + enc(orderBy));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.column("code");
    }

    // ---- fields and expand ----

    @Test
    void fieldsProjectsEachObjectToTheNamedFieldsInTheOrderAsked() {
        seedFive();

        Response response = list("fields=" + enc("name, code,billRate") + "&page=0,2");

        assertThat(response.status()).isEqualTo(200);
        List<List<String>> names = new ArrayList<>();
        for (JsonNode element : response.json()) {
            List<String> keys = new ArrayList<>();
            element.fieldNames().forEachRemaining(keys::add);
            names.add(keys);
        }
        assertThat(names).containsExactly(List.of("name", "code", "billRate"), List.of("name", "code", "billRate"));
        assertThat(response.json().get(1).get("billRate").decimalValue()).isEqualByComparingTo("90.5");
        assertThat(list("fields=id").json().get(0).fieldNames().next()).isEqualTo("id");
    }

    @Test
    void fieldsLeavesOutWhatAnObjectLacksAndUsesTheStoredNames() {
        seedFive();

        Response response = list("fields=CODE,billRate&where=" + enc("code='DOC'"));

        assertThat(response.json().get(0).toString()).isEqualTo("{\"code\":\"DOC\"}");
    }

    @Test
    void fieldsStarReturnsEverything() {
        seedFive();

        assertThat(list("fields=*").json())
                .isEqualTo(api.get(token, A, "activity").json());
    }

    @Test
    void badFieldsAre400AndCountIsNotEmulated() {
        seedFive();

        assertThat(list("fields=nosuchfield").status()).isEqualTo(400);
        assertThat(list("fields=" + enc("code,,name")).status()).isEqualTo(400);
        assertThat(list("fields=" + enc("client.name")).status()).isEqualTo(400);
        Response count = list("fields=" + enc("COUNT(*)"));
        assertThat(count.status()).isEqualTo(501);
        assertThat(count.message()).contains("COUNT(*)");
    }

    @Test
    void expandIsAcceptedAndChangesNothingElse() {
        api.create(token, A, "activity", "{\"code\":\"X\",\"customFields\":[{\"label\":\"L\",\"value\":\"V\"}]}");

        Response expanded = list("expand=customFields");

        assertThat(expanded.status()).isEqualTo(200);
        assertThat(expanded.json()).isEqualTo(api.get(token, A, "activity").json());
        assertThat(expanded.json()
                        .get(0)
                        .get("customFields")
                        .get(0)
                        .get("value")
                        .asText())
                .isEqualTo("V");
    }
}
