package dev.corekit.processor.http;

import static dev.corekit.processor.http.JsonTrees.assertSameJson;
import static dev.corekit.processor.http.JsonTrees.json;
import static dev.corekit.processor.http.JsonTrees.quoted;
import static dev.corekit.processor.http.JsonTrees.tree;
import static dev.corekit.processor.http.RecordingServer.parameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.processor.fixtures.Address;
import dev.corekit.processor.fixtures.LineItem;
import dev.corekit.processor.fixtures.Report;
import dev.corekit.processor.fixtures.ReportApi;
import dev.corekit.processor.fixtures.Widget;
import dev.corekit.processor.fixtures.WidgetApi;
import dev.corekit.processor.http.RecordingServer.RecordedRequest;
import dev.corekit.processor.http.RecordingServer.ScriptedResponse;
import dev.corekit.runtime.CoreQuery;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The endpoints a declaration adds with {@code @CoreEndpoint}, called over real HTTP with plain Feign. */
class WidgetApiEndpointsTest {

    private static final UUID ID = UUID.fromString("0b7d3c52-1f00-4e0a-8d55-7a4c1e2f3a4b");
    private static final UUID REPORT = UUID.fromString("5f0c2d1e-7a3b-4c8d-9e0f-1a2b3c4d5e6f");

    private RecordingServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = RecordingServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void partsGetsTheSubPathWithTheQueryAndReturnsLineItems(Transport transport) {
        server.enqueue(
                ScriptedResponse.ok(
                        json(
                                "[{'description':'nut','amount':0.05},{'description':'bolt','shipTo':{'city':'Paris','zip':'75001'}}]")));

        List<LineItem> parts = transport
                .client(WidgetApi.class, server)
                .parts(
                        ID,
                        CoreQuery.builder()
                                .where("amount >= 0.01 AND description <> 'x y'")
                                .fields("description", "amount", "shipTo")
                                .page(1, 10)
                                .build());

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/api/widget/" + ID + "/parts");
        assertThat(request.singleQueryParameters())
                .containsExactlyEntriesOf(parameters(
                        "where", "amount >= 0.01 AND description <> 'x y'",
                        "fields", "description,amount,shipTo",
                        "page", "1,10"));
        assertThat(request.header("Accept")).containsExactly("application/json");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0))
                .isEqualTo(LineItem.builder()
                        .description("nut")
                        .amount(new BigDecimal("0.05"))
                        .build());
        // The second item's address carries a property the declaration lacks; it is kept, not dropped.
        assertThat(parts.get(1).description()).isEqualTo("bolt");
        assertThat(parts.get(1).shipTo().city()).isEqualTo("Paris");
        assertThat(parts.get(1).shipTo().unknownProperties()).containsExactly(Map.entry("zip", tree("\"75001\"")));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void partsWithoutQuerySendsNoQueryString(Transport transport) {
        server.enqueue(ScriptedResponse.ok("[]"));

        List<LineItem> parts = transport.client(WidgetApi.class, server).parts(ID, CoreQuery.all());

        RecordedRequest request = server.onlyRequest();
        assertThat(request.rawPath()).isEqualTo("/api/widget/" + ID + "/parts");
        assertThat(request.rawQuery()).isNull();
        assertThat(parts).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void batchPostsAJsonArrayAndReturnsTheServersJsonAsIs(Transport transport) {
        String answer = "{'results':[{'status':201,'id':'" + ID + "'},{'status':400,'error':null}],'total':2}";
        server.enqueue(ScriptedResponse.ok(json(answer)));
        List<Widget> widgets = List.of(
                Widget.builder().name("one").count(1).build(),
                Widget.builder()
                        .name("two")
                        .address(Address.builder().city("Oslo").build())
                        .version(null)
                        .build());

        JsonNode result = transport.client(WidgetApi.class, server).batch(widgets);

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/api/widget/batch");
        assertThat(request.rawQuery()).isNull();
        assertThat(request.header("Content-Type")).containsExactly("application/json");
        assertThat(request.header("Accept")).containsExactly("application/json");
        assertSameJson(
                request.bodyText(),
                quoted("[{'name':'one','count':1},{'name':'two','address':{'city':'Oslo'},'version':null}]"));
        assertThat(result).isEqualTo(tree(json(answer)));
        assertThat(result.path("results").path(1).has("error")).isTrue();
        assertThat(result.path("results").path(1).get("error").isNull()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "JAVA11  | a/b | a%2Fb",
                "DEFAULT | a/b | a%2Fb",
                "JAVA11  | a%2Fb | a%252Fb",
                "DEFAULT | a%2Fb | a%252Fb",
                "JAVA11  | a b | a%20b",
                "JAVA11  | a?b | a%3Fb",
                "JAVA11  | a#b | a%23b",
            })
    void removePartEncodesThePartIdInsideOneSegment(Transport transport, String partId, String rawSegment) {
        server.enqueue(ScriptedResponse.empty(204));
        WidgetApi api = transport.client(WidgetApi.class, server);

        assertThatCode(() -> api.removePart(ID, partId)).doesNotThrowAnyException();

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.rawPath()).isEqualTo("/api/widget/" + ID + "/parts/" + rawSegment);
        assertThat(request.rawQuery()).isNull();
        assertThat(request.body()).isEmpty();
    }

    // Endpoints returning the resource's own DTO: Report run(UUID) in ReportResource.

    @ParameterizedTest
    @EnumSource(Transport.class)
    void runPostsToTheSubPathAndReturnsTheReport(Transport transport) {
        server.enqueue(ScriptedResponse.ok("{\"id\":\"" + REPORT + "\",\"title\":\"Revenue\",\"rows\":12}"));

        Report report = transport.client(ReportApi.class, server).run(REPORT);

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/api/report/" + REPORT + "/run");
        assertThat(report.id()).isEqualTo(REPORT);
        assertThat(report.title()).isEqualTo("Revenue");
        assertThat(report.unknownProperties()).containsOnlyKeys("rows");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void historyReturnsAListOfReports(Transport transport) {
        server.enqueue(ScriptedResponse.ok("[{\"title\":\"May\"},{\"title\":\"June\"}]"));

        List<Report> history = transport
                .client(ReportApi.class, server)
                .history(REPORT, CoreQuery.builder().page(0, 2).build());

        RecordedRequest request = server.onlyRequest();
        assertThat(request.rawPath()).isEqualTo("/api/report/" + REPORT + "/history");
        assertThat(request.singleQueryParameters()).containsExactlyEntriesOf(parameters("page", "0,2"));
        assertThat(history).extracting(Report::title).containsExactly("May", "June");
    }
}
