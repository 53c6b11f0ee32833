package dev.corekit.processor.http;

import static dev.corekit.processor.http.JsonTrees.assertSameJson;
import static dev.corekit.processor.http.JsonTrees.json;
import static dev.corekit.processor.http.JsonTrees.quoted;
import static dev.corekit.processor.http.RecordingServer.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.processor.fixtures.LineItem;
import dev.corekit.processor.fixtures.Note;
import dev.corekit.processor.fixtures.NoteApi;
import dev.corekit.processor.fixtures.Setting;
import dev.corekit.processor.fixtures.SettingApi;
import dev.corekit.processor.fixtures.Widget;
import dev.corekit.processor.http.RecordingServer.RecordedRequest;
import dev.corekit.processor.http.RecordingServer.ScriptedResponse;
import dev.corekit.runtime.CoreQuery;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A single resource ({@code single = true}) and a resource limited to list and get, over real HTTP. */
class SingleAndReadOnlyApiTest {

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
    void singleResourceGetReadsItsFixedPath(Transport transport) {
        server.enqueue(ScriptedResponse.ok(json("{'currency':'USD','roundTime':true,'roundTo':15}")));

        Setting setting = transport.client(SettingApi.class, server).get();

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/api/setting/timeexpense");
        assertThat(request.rawQuery()).isNull();
        assertThat(request.header("Accept")).containsExactly("application/json");
        assertThat(setting.currency()).isEqualTo("USD");
        assertThat(setting.roundTime()).isTrue();
        assertThat(setting.unknownProperties()).containsOnlyKeys("roundTo");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void singleResourceUpdatePutsItsFixedPath(Transport transport) {
        server.enqueue(ScriptedResponse.ok(json("{'currency':'EUR','roundTime':false}")));

        Setting updated = transport
                .client(SettingApi.class, server)
                .update(Setting.builder().currency("EUR").roundTime(false).build());

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.rawPath()).isEqualTo("/api/setting/timeexpense");
        assertThat(request.rawQuery()).isNull();
        assertThat(request.header("Content-Type")).containsExactly("application/json");
        assertThat(request.header("Accept")).containsExactly("application/json");
        assertSameJson(request.bodyText(), quoted("{'currency':'EUR','roundTime':false}"));
        assertThat(updated)
                .isEqualTo(Setting.builder().currency("EUR").roundTime(false).build());
    }

    @Test
    void singleResourceHasOnlyGetAndUpdateWithoutAnId() {
        List<Method> methods = Arrays.asList(SettingApi.class.getMethods());

        assertThat(methods).extracting(Method::getName).containsExactlyInAnyOrder("get", "update");
        assertThat(methods)
                .allSatisfy(method -> assertThat(method.getParameterTypes())
                        .as("parameters of %s", method.getName())
                        .doesNotContain(UUID.class, String.class));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void readOnlyResourceListSendsTheQuery(Transport transport) {
        server.enqueue(ScriptedResponse.ok(json("[{'id':'n-1','widget':{'name':'w','count':2},'items':[]}]")));

        List<Note> notes = transport
                .client(NoteApi.class, server)
                .list(CoreQuery.builder()
                        .where("widget.name = 'a b'")
                        .orderBy("id")
                        .page(0, 5)
                        .build());

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/api/note");
        assertThat(request.singleQueryParameters())
                .containsExactlyEntriesOf(parameters("where", "widget.name = 'a b'", "orderBy", "id", "page", "0,5"));
        assertThat(request.header("Accept")).containsExactly("application/json");
        assertThat(notes)
                .containsExactly(Note.builder()
                        .id("n-1")
                        .widget(Widget.builder().name("w").count(2).build())
                        .items(List.of())
                        .build());
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void readOnlyResourceGetReadsItsStringId(Transport transport) {
        server.enqueue(ScriptedResponse.ok(json("{'id':'n-2','items':[{'description':'x','amount':1.0}]}")));

        Note note = transport.client(NoteApi.class, server).get("n-2");

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/api/note/n-2");
        assertThat(request.rawQuery()).isNull();
        assertThat(note)
                .isEqualTo(Note.builder()
                        .id("n-2")
                        .items(List.of(LineItem.builder()
                                .description("x")
                                .amount(new BigDecimal("1.0"))
                                .build()))
                        .build());
    }

    @Test
    void readOnlyResourceHasNoCreateUpdateOrDelete() {
        Set<String> names =
                Arrays.stream(NoteApi.class.getMethods()).map(Method::getName).collect(Collectors.toSet());

        assertThat(names).contains("list", "get", "stream").doesNotContain("create", "update", "delete");
    }
}
