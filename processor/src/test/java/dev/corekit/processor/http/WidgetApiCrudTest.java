package dev.corekit.processor.http;

import static dev.corekit.processor.http.JsonTrees.assertSameJson;
import static dev.corekit.processor.http.JsonTrees.json;
import static dev.corekit.processor.http.JsonTrees.quoted;
import static dev.corekit.processor.http.RecordingServer.parameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.corekit.processor.fixtures.Address;
import dev.corekit.processor.fixtures.Color;
import dev.corekit.processor.fixtures.LineItem;
import dev.corekit.processor.fixtures.Widget;
import dev.corekit.processor.fixtures.WidgetApi;
import dev.corekit.processor.http.RecordingServer.RecordedRequest;
import dev.corekit.processor.http.RecordingServer.ScriptedResponse;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.ObjectState;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The standard operations of a generated client, called over real HTTP with plain Feign. */
class WidgetApiCrudTest {

    private static final UUID ID = UUID.fromString("6f1c1e0e-4a1b-4c3d-9e8f-0a1b2c3d4e5f");
    private static final UUID OWNER = UUID.fromString("00000000-0000-4000-8000-000000000042");

    /** 2^53 + 1: a double cannot hold it, so it survives only if written as an integer. */
    private static final long BIG = 9_007_199_254_740_993L;

    /** More digits than a double holds, and a trailing zero whose scale must survive. */
    private static final String AMOUNT = "12345678901234567890.1234567890";

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
    void listSendsEveryQuerySettingAsADecodedParameterAndReturnsTheDecodedWidgets(Transport transport) {
        server.enqueue(ScriptedResponse.ok(
                json("[{'id':'" + ID + "','name':'A','count':1},{'name':'B','billable':true,'amount':2.50}]")));
        String where = "name = 'O''Brien & Sons' AND lastUpdated>='2025-01-01T00:00:00' AND count >= 3";

        List<Widget> widgets = transport
                .client(WidgetApi.class, server)
                .list(CoreQuery.builder()
                        .where(where)
                        .orderBy("lastUpdated", CoreQuery.Direction.DESC)
                        .orderBy("name")
                        .fields("id", "name", "count")
                        .expand("customFields", "address")
                        .page(2, 50)
                        .build());

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/api/widget");
        assertThat(request.singleQueryParameters())
                .containsExactlyEntriesOf(parameters(
                        "where", where,
                        "orderBy", "lastUpdated desc,name",
                        "fields", "id,name,count",
                        "expand", "customFields,address",
                        "page", "2,50"));
        assertThat(widgets)
                .containsExactly(
                        Widget.builder().id(ID).name("A").count(1).build(),
                        Widget.builder()
                                .name("B")
                                .billable(true)
                                .amount(new BigDecimal("2.50"))
                                .build());
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void listOfAllSendsNoQueryString(Transport transport) {
        server.enqueue(ScriptedResponse.ok("[]"));

        List<Widget> widgets = transport.client(WidgetApi.class, server).list(CoreQuery.all());

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/api/widget");
        assertThat(request.rawQuery()).isNull();
        assertThat(widgets).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void getReadsTheWidgetAtItsIdAndDecodesEveryKindOfField(Transport transport) {
        server.enqueue(ScriptedResponse.ok(json(fullWidgetJson())));

        Widget widget = transport.client(WidgetApi.class, server).get(ID);

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/api/widget/" + ID);
        assertThat(request.rawQuery()).isNull();
        assertThat(request.header("Accept")).containsExactly("application/json");
        assertThat(widget).isEqualTo(fullWidget());
        // Spot checks that equality alone would not explain on failure.
        assertThat(widget.big()).isEqualTo(BIG);
        assertThat(widget.amount()).isEqualTo(new BigDecimal(AMOUNT));
        assertThat(widget.at().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(widget.unknownProperties()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void createPostsTheWidgetAsJsonAndReturnsWhatTheServerStored(Transport transport) {
        String stored = "{'id':'" + ID + "','name':'Grüße ✓','version':'1'}";
        server.enqueue(ScriptedResponse.json(201, json(stored)));

        Widget created = transport.client(WidgetApi.class, server).create(fullWidget());

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/api/widget");
        assertThat(request.rawQuery()).isNull();
        assertThat(request.header("Content-Type")).containsExactly("application/json");
        assertThat(request.header("Accept")).containsExactly("application/json");
        assertSameJson(request.bodyText(), quoted(fullWidgetJson()));
        // Exact literals: a double anywhere on the way would have changed these digits.
        assertThat(request.bodyText())
                .contains("\"big\":" + BIG)
                .contains("\"amount\":" + AMOUNT)
                .contains("\"startsOn\":\"2025-01-02T03:04:05\"");
        assertThat(created)
                .isEqualTo(Widget.builder().id(ID).name("Grüße ✓").version("1").build());
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void createLeavesFieldsNeverSetOutAndWritesFieldsSetToNullAsNull(Transport transport) {
        server.enqueue(ScriptedResponse.ok("{}"));

        transport
                .client(WidgetApi.class, server)
                .create(Widget.builder()
                        .name("only")
                        .count(null)
                        .address(null)
                        .className(null)
                        .build());

        assertSameJson(
                server.onlyRequest().bodyText(), quoted("{'name':'only','count':null,'address':null,'class':null}"));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void updatePutsTheWidgetAtItsId(Transport transport) {
        server.enqueue(ScriptedResponse.ok(json("{'id':'" + ID + "','name':'renamed','version':'2'}")));
        Widget changed = Widget.builder()
                .id(ID)
                .name("renamed")
                .startsOn(LocalDateTime.of(2025, 1, 2, 3, 4, 5))
                .version(null)
                .build();

        Widget updated = transport.client(WidgetApi.class, server).update(ID, changed);

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.rawPath()).isEqualTo("/api/widget/" + ID);
        assertThat(request.rawQuery()).isNull();
        assertThat(request.header("Content-Type")).containsExactly("application/json");
        assertThat(request.header("Accept")).containsExactly("application/json");
        assertSameJson(
                request.bodyText(),
                quoted("{'id':'" + ID + "','name':'renamed','startsOn':'2025-01-02T03:04:05','version':null}"));
        assertThat(updated)
                .isEqualTo(Widget.builder().id(ID).name("renamed").version("2").build());
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 204})
    void deleteSendsDeleteAtTheIdAndReturnsNormally(int status) {
        server.enqueue(ScriptedResponse.empty(status));
        WidgetApi api = Transport.JAVA11.client(WidgetApi.class, server);

        assertThatCode(() -> api.delete(ID)).doesNotThrowAnyException();

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.rawPath()).isEqualTo("/api/widget/" + ID);
        assertThat(request.rawQuery()).isNull();
        assertThat(request.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 204})
    void deleteWithTheDefaultClientReturnsNormally(int status) {
        server.enqueue(ScriptedResponse.empty(status));
        WidgetApi api = Transport.DEFAULT.client(WidgetApi.class, server);

        assertThatCode(() -> api.delete(ID)).doesNotThrowAnyException();

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.rawPath()).isEqualTo("/api/widget/" + ID);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void everyOperationAsksForJson(Transport transport) {
        server.respondWith(
                request -> request.method().equals("GET") && request.rawPath().equals("/api/widget")
                        ? ScriptedResponse.ok("[]")
                        : ScriptedResponse.ok("{}"));
        WidgetApi api = transport.client(WidgetApi.class, server);

        api.list(CoreQuery.all());
        api.get(ID);
        api.create(Widget.builder().name("a").build());
        api.update(ID, Widget.builder().name("a").build());
        api.delete(ID);

        assertThat(server.requests())
                .hasSize(5)
                .allSatisfy(request -> assertThat(request.header("Accept"))
                        .as("Accept of %s", request)
                        .containsExactly("application/json"));
    }

    /** A widget with every field set, matching {@link #fullWidgetJson()}. */
    private static Widget fullWidget() {
        Address address = Address.builder()
                .street("1 Main St")
                .city("Springfield")
                .lines(List.of("Floor 2", "Desk 7"))
                .color(Color.BLUE)
                .build();
        return Widget.builder()
                .id(ID)
                .createdOn(LocalDateTime.of(2024, 12, 31, 23, 59, 58))
                .objectState(ObjectState.MODIFIED)
                .token(7)
                .version(null)
                .name("Gadget")
                .billable(true)
                .count(3)
                .big(BIG)
                .rate(1.5)
                .amount(new BigDecimal(AMOUNT))
                .ownerId(OWNER)
                .day(LocalDate.of(2025, 1, 2))
                .startsOn(LocalDateTime.of(2025, 1, 2, 3, 4, 5))
                .at(OffsetDateTime.of(2025, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)))
                .seen(Instant.parse("2025-01-02T01:04:05Z"))
                .color(Color.RED)
                .colors(List.of(Color.RED, Color.GREEN, Color.BLUE))
                .colorByName(Map.of("sky", Color.BLUE))
                .address(address)
                .items(List.of(LineItem.builder()
                        .description("bolt")
                        .amount(new BigDecimal("0.10"))
                        .shipTo(address)
                        .build()))
                .labels(Map.of("tier", "gold"))
                .extra(JsonNodeFactory.instance.objectNode().put("free", "form"))
                .className("premium")
                .build();
    }

    /** The JSON of {@link #fullWidget()}, single-quoted. */
    private static String fullWidgetJson() {
        String address = "{'street':'1 Main St','city':'Springfield','lines':['Floor 2','Desk 7'],'color':'blue'}";
        return "{'id':'" + ID + "',"
                + "'createdOn':'2024-12-31T23:59:58',"
                + "'objectState':'Modified',"
                + "'token':7,"
                + "'version':null,"
                + "'name':'Gadget',"
                + "'billable':true,"
                + "'count':3,"
                + "'big':" + BIG + ","
                + "'rate':1.5,"
                + "'amount':" + AMOUNT + ","
                + "'ownerId':'" + OWNER + "',"
                + "'day':'2025-01-02',"
                + "'startsOn':'2025-01-02T03:04:05',"
                + "'at':'2025-01-02T03:04:05+02:00',"
                + "'seen':'2025-01-02T01:04:05Z',"
                + "'color':'red',"
                + "'colors':['red','GREEN','blue'],"
                + "'colorByName':{'sky':'blue'},"
                + "'address':" + address + ","
                + "'items':[{'description':'bolt','amount':0.10,'shipTo':" + address + "}],"
                + "'labels':{'tier':'gold'},"
                + "'extra':{'free':'form'},"
                + "'class':'premium'}";
    }
}
