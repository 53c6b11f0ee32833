package dev.corekit.processor.http;

import static dev.corekit.processor.http.JsonTrees.assertSameJson;
import static dev.corekit.processor.http.JsonTrees.json;
import static dev.corekit.processor.http.JsonTrees.quoted;
import static dev.corekit.processor.http.JsonTrees.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.processor.fixtures.Color;
import dev.corekit.processor.fixtures.Widget;
import dev.corekit.processor.fixtures.WidgetApi;
import dev.corekit.processor.http.RecordingServer.RecordedRequest;
import dev.corekit.processor.http.RecordingServer.ScriptedResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GET, change one field, PUT: nothing the SDK does not know may be lost on the way. */
class ReadModifyWriteTest {

    private static final UUID ID = UUID.fromString("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");

    /**
     * What the server holds: properties the declaration lacks at the top level, in the address and in the items,
     * enum values the enum lacks, explicit nulls, and numbers a double would change.
     */
    private static final String STORED = "{'id':'" + ID + "',"
            + "'name':'old',"
            + "'version':null,"
            + "'color':'purple',"
            + "'colors':['red','purple'],"
            + "'colorByName':{'a':'purple','b':'red'},"
            + "'objectState':'Archived',"
            + "'amount':10.50,"
            + "'big':9007199254740993,"
            + "'startsOn':'2025-01-02T03:04:05',"
            + "'customTop':{'nested':[1,2.25,{'deep':null}],'text':'t'},"
            + "'flag':false,"
            + "'address':{'street':'Main','city':null,'color':'purple','zip':'12345','geo':{'lat':59.9,'lon':10.75}},"
            + "'items':[{'description':'d','amount':1.10,'sku':'X-1','shipTo':{'city':'Oslo','color':null,'floor':3}},"
            + "{'description':'e','tags':['t'],'note':null}],"
            + "'extra':{'kept':true},"
            + "'class':'premium',"
            + "'zLast':'z'}";

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
    void putWritesBackEverythingReadWithOnlyTheChangedField(Transport transport) {
        server.enqueue(ScriptedResponse.ok(json(STORED)), ScriptedResponse.ok(json("{'id':'" + ID + "'}")));
        WidgetApi api = transport.client(WidgetApi.class, server);

        Widget read = api.get(ID);
        api.update(read.id(), read.toBuilder().name("new").build());

        List<RecordedRequest> requests = server.requests();
        assertThat(requests).hasSize(2);
        RecordedRequest put = requests.get(1);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.rawPath()).isEqualTo("/api/widget/" + ID);
        assertThat(put.header("Content-Type")).containsExactly("application/json");

        JsonNode body = tree(put.bodyText());
        // Piece by piece first, so a failure names what was lost; then the whole body.
        assertThat(body.get("name").textValue()).isEqualTo("new");
        assertThat(body.get("color")).isEqualTo(tree("\"purple\""));
        assertThat(body.get("objectState")).isEqualTo(tree("\"Archived\""));
        assertThat(body.has("version")).isTrue();
        assertThat(body.get("version").isNull()).isTrue();
        assertThat(body.get("customTop")).isEqualTo(quoted("{'nested':[1,2.25,{'deep':null}],'text':'t'}"));
        assertThat(body.get("flag")).isEqualTo(tree("false"));
        assertThat(body.get("zLast")).isEqualTo(tree("\"z\""));
        assertThat(body.get("address"))
                .isEqualTo(quoted(
                        "{'street':'Main','city':null,'color':'purple','zip':'12345','geo':{'lat':59.9,'lon':10.75}}"));
        assertThat(JsonTrees.canonical(body.get("items")))
                .isEqualTo(JsonTrees.canonical(quoted(STORED).get("items")));
        assertThat(put.bodyText()).contains("\"amount\":10.50").contains("\"big\":9007199254740993");
        ObjectNode expected = (ObjectNode) quoted(STORED);
        expected.put("name", "new");
        assertSameJson(put.bodyText(), expected);
    }

    @Test
    void unknownValuesAreReadAsUnsetFieldsAndKeptAsUnknownProperties() {
        server.enqueue(ScriptedResponse.ok(json(STORED)));

        Widget read = Transport.JAVA11.client(WidgetApi.class, server).get(ID);

        assertThat(read.name()).isEqualTo("old");
        assertThat(read.color()).isNull();
        assertThat(read.objectState()).isNull();
        assertThat(read.version()).isNull();
        assertThat(read.address().street()).isEqualTo("Main");
        assertThat(read.address().color()).isNull();
        assertThat(read.address().unknownProperties()).containsOnlyKeys("color", "zip", "geo");
        assertThat(read.items().get(0).unknownProperties()).containsOnlyKeys("sku");
        assertThat(read.items().get(0).shipTo().unknownProperties()).containsOnlyKeys("floor");
        assertThat(read.items().get(0).shipTo().color()).isNull();
        assertThat(read.items().get(1).unknownProperties()).containsOnlyKeys("tags", "note");
        assertThat(read.unknownProperties())
                .containsOnlyKeys("color", "colors", "colorByName", "objectState", "customTop", "flag", "zLast");
        assertThat(read.unknownProperties().get("color")).isEqualTo(tree("\"purple\""));
    }

    @Test
    void settingAKnownValueReplacesTheUnknownOneInsteadOfWritingBoth() {
        server.enqueue(ScriptedResponse.ok(json(STORED)), ScriptedResponse.ok("{}"));
        WidgetApi api = Transport.JAVA11.client(WidgetApi.class, server);

        Widget read = api.get(ID);
        api.update(ID, read.toBuilder().color(Color.GREEN).version("7").build());

        // JsonTrees rejects duplicate keys, so a body with "color" twice fails here.
        ObjectNode expected = (ObjectNode) quoted(STORED);
        expected.put("color", "GREEN");
        expected.put("version", "7");
        assertSameJson(server.requests().get(1).bodyText(), expected);
    }

    @Test
    void settingAFieldToNullAfterReadingWritesAnExplicitNull() {
        server.enqueue(ScriptedResponse.ok(json(STORED)), ScriptedResponse.ok("{}"));
        WidgetApi api = Transport.JAVA11.client(WidgetApi.class, server);

        Widget read = api.get(ID);
        api.update(ID, read.toBuilder().name(null).className(null).build());

        ObjectNode expected = (ObjectNode) quoted(STORED);
        expected.putNull("name");
        expected.putNull("class");
        assertSameJson(server.requests().get(1).bodyText(), expected);
    }
}
