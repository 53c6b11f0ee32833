package dev.corekit.processor.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.processor.fixtures.Address;
import dev.corekit.processor.fixtures.Color;
import dev.corekit.processor.fixtures.LineItem;
import dev.corekit.processor.fixtures.Widget;
import dev.corekit.runtime.CoreJson;
import dev.corekit.runtime.ObjectState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The generated DTOs read and written by a plain {@code ObjectMapper}, as a user's own code would. */
class DtoJsonTest {
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    private JsonNode tree(String json) throws Exception {
        return mapper.readTree(json.replace('\'', '"'));
    }

    private JsonNode written(Object value) throws Exception {
        return mapper.readTree(mapper.writeValueAsString(value));
    }

    @Test
    void unknownPropertiesAtEveryLevelAreKeptInOrderAndWrittenBack() throws Exception {
        String json = "{'name':'w','zeta':{'a':[1,2,{'b':null}]},'alpha':'x',"
                + "'address':{'street':'s','floor':3,'geo':{'lat':1.5}},"
                + "'items':[{'description':'d','sku':'S-1','shipTo':{'city':'c','zip':'123'}}],"
                + "'extra':{'free':true}}";
        Widget widget = mapper.readValue(json.replace('\'', '"'), Widget.class);

        assertThat(widget.unknownProperties()).containsOnlyKeys("zeta", "alpha");
        assertThat(List.copyOf(widget.unknownProperties().keySet())).containsExactly("zeta", "alpha");
        assertThat(widget.address().unknownProperties()).containsOnlyKeys("floor", "geo");
        assertThat(widget.items().get(0).unknownProperties()).containsOnlyKeys("sku");
        assertThat(widget.items().get(0).shipTo().unknownProperties()).containsOnlyKeys("zip");
        assertThat(written(widget)).isEqualTo(tree(json));
        // Unknown properties follow the known ones, in the order they were read.
        assertThat(mapper.writeValueAsString(widget)).contains("\"zeta\":{\"a\":[1,2,{\"b\":null}]},\"alpha\":\"x\"");
    }

    @Test
    void readModifyWriteKeepsWhatTheDeclarationDoesNotKnow() throws Exception {
        String json =
                "{'name':'old','future':{'x':1},'color':'purple','count':null,'address':{'street':'s','new':[1]}}";
        Widget read = mapper.readValue(json.replace('\'', '"'), Widget.class);

        Widget changed = read.toBuilder().name("new").build();

        assertThat(written(changed))
                .isEqualTo(tree("{'name':'new','future':{'x':1},'color':'purple','count':null,"
                        + "'address':{'street':'s','new':[1]}}"));
    }

    @Test
    void threeStatesPerField() throws Exception {
        Widget unset = Widget.builder().build();
        Widget explicitNull = Widget.builder().name(null).count(null).build();
        Widget value = Widget.builder().name("n").count(3).build();

        assertThat(written(unset)).isEqualTo(tree("{}"));
        assertThat(written(explicitNull)).isEqualTo(tree("{'name':null,'count':null}"));
        assertThat(written(value)).isEqualTo(tree("{'name':'n','count':3}"));
        assertThat(unset).isNotEqualTo(explicitNull);

        Widget readNull = mapper.readValue("{\"name\":null}", Widget.class);
        Widget readAbsent = mapper.readValue("{}", Widget.class);
        assertThat(readNull.name()).isNull();
        assertThat(readAbsent.name()).isNull();
        assertThat(written(readNull)).isEqualTo(tree("{'name':null}"));
        assertThat(written(readAbsent)).isEqualTo(tree("{}"));
        assertThat(readNull).isEqualTo(Widget.builder().name(null).build());
        assertThat(readAbsent).isEqualTo(unset);
    }

    @Test
    void settingAValueAfterNullReplacesTheNull() throws Exception {
        Widget widget =
                Widget.builder().name(null).build().toBuilder().name("x").build();

        assertThat(written(widget)).isEqualTo(tree("{'name':'x'}"));
        assertThat(widget).isEqualTo(Widget.builder().name("x").build());
    }

    @Test
    void unknownEnumValuesDoNotFailAndAreWrittenBackAsRead() throws Exception {
        String json = "{'color':'purple','colors':['red','mauve'],'colorByName':{'a':'blue','b':7},"
                + "'objectState':7,'address':{'color':'teal'}}";
        Widget widget = mapper.readValue(json.replace('\'', '"'), Widget.class);

        assertThat(widget.color()).isNull();
        assertThat(widget.colors()).isNull();
        assertThat(widget.colorByName()).isNull();
        assertThat(widget.objectState()).isNull();
        assertThat(widget.address().color()).isNull();
        assertThat(written(widget)).isEqualTo(tree(json));
    }

    @Test
    void knownEnumValuesUseTheirJsonNames() throws Exception {
        String json =
                "{'color':'red','colors':['blue','GREEN',null],'colorByName':{'a':'blue'},'objectState':'Modified'}";
        Widget widget = mapper.readValue(json.replace('\'', '"'), Widget.class);

        assertThat(widget.color()).isEqualTo(Color.RED);
        assertThat(widget.colors()).containsExactly(Color.BLUE, Color.GREEN, null);
        assertThat(widget.colorByName()).containsExactly(Map.entry("a", Color.BLUE));
        assertThat(widget.objectState()).isEqualTo(ObjectState.MODIFIED);
        assertThat(written(widget)).isEqualTo(tree(json));
    }

    @Test
    void settingAKnownEnumReplacesTheUnknownValue() throws Exception {
        Widget widget = mapper.readValue("{\"color\":\"purple\"}", Widget.class);

        Widget changed = widget.toBuilder().color(Color.BLUE).build();

        assertThat(written(changed)).isEqualTo(tree("{'color':'blue'}"));
        assertThat(changed.unknownProperties()).isEmpty();
    }

    @Test
    void datesUseCoreFormats() throws Exception {
        Widget widget = Widget.builder()
                .startsOn(LocalDateTime.of(2025, 1, 2, 3, 4, 5))
                .day(LocalDate.of(2025, 1, 2))
                .at(OffsetDateTime.of(2025, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)))
                .seen(Instant.parse("2025-01-02T03:04:05Z"))
                .createdOn(LocalDateTime.of(2024, 12, 31, 23, 59, 0))
                .build();

        assertThat(written(widget))
                .isEqualTo(
                        tree("{'createdOn':'2024-12-31T23:59:00','day':'2025-01-02','startsOn':'2025-01-02T03:04:05',"
                                + "'at':'2025-01-02T03:04:05+02:00','seen':'2025-01-02T03:04:05Z'}"));
        Widget read = mapper.readValue(mapper.writeValueAsString(widget), Widget.class);
        assertThat(read).isEqualTo(widget);
    }

    @Test
    void coreDateTimesWithFractionsAreReadAndWrittenInCoresFormat() throws Exception {
        Widget widget = mapper.readValue("{\"startsOn\":\"2025-01-02T03:04:05.123\"}", Widget.class);

        assertThat(widget.startsOn()).isEqualTo(LocalDateTime.of(2025, 1, 2, 3, 4, 5, 123_000_000));
        assertThat(written(widget)).isEqualTo(tree("{'startsOn':'2025-01-02T03:04:05'}"));
    }

    @Test
    void localDateTimesWithAFractionAreWrittenTruncatedToTheSecond() throws Exception {
        Widget widget = Widget.builder()
                .startsOn(LocalDateTime.of(2026, 7, 1, 9, 0, 0, 123_000_000))
                .createdOn(LocalDateTime.of(2026, 7, 1, 23, 59, 59, 999_999_999))
                .lastUpdated(LocalDateTime.of(2026, 7, 1, 9, 0, 0, 1))
                .build();
        String expected = "{\"createdOn\":\"2026-07-01T23:59:59\",\"lastUpdated\":\"2026-07-01T09:00:00\","
                + "\"startsOn\":\"2026-07-01T09:00:00\"}";

        assertThat(mapper.writeValueAsString(widget)).isEqualTo(expected);
        assertThat(CoreJson.mapper().writeValueAsString(widget)).isEqualTo(expected);
        assertThat(widget.startsOn()).isEqualTo(LocalDateTime.of(2026, 7, 1, 9, 0, 0, 123_000_000));
    }

    @Test
    void unknownDecimalsAreWrittenBackExactlyByAPlainMapper() throws Exception {
        String json = "{\"name\":\"w\",\"address\":{\"street\":\"s\",\"geo\":{\"lat\":1.50}},"
                + "\"extra\":{\"free\":1.50,\"list\":[0.10,{\"x\":100.000}]},\"color\":2.50,\"total\":48000.00,"
                + "\"rules\":{\"cap\":1.10,\"steps\":[2.50,{\"x\":0.10}],\"big\":12345678901234567.891},"
                + "\"huge\":123456789012345678901234567890,\"small\":1E-7}";

        Widget widget = mapper.readValue(json, Widget.class);

        assertThat(mapper.writeValueAsString(widget)).isEqualTo(json);
        assertThat(widget.unknownProperties().get("total").decimalValue()).isEqualTo(new BigDecimal("48000.00"));
        Widget changed = widget.toBuilder().name("v").build();
        assertThat(mapper.writeValueAsString(changed)).isEqualTo(json.replace("\"w\"", "\"v\""));
    }

    @Test
    void objectStateIsReadFromItsNumberOrNameAndWrittenAsTheName() throws Exception {
        String[] names = {"New", "Unchanged", "Modified", "Deleted"};
        for (int number = 0; number < names.length; number++) {
            Widget byNumber = mapper.readValue("{\"objectState\":" + number + "}", Widget.class);
            Widget byName = mapper.readValue("{\"objectState\":\"" + names[number] + "\"}", Widget.class);

            assertThat(byNumber.objectState()).isEqualTo(ObjectState.values()[number]);
            assertThat(byName.objectState()).isEqualTo(ObjectState.values()[number]);
            assertThat(byNumber.unknownProperties()).isEmpty();
            assertThat(mapper.writeValueAsString(byNumber)).isEqualTo("{\"objectState\":\"" + names[number] + "\"}");
            assertThat(byNumber).isEqualTo(byName);
        }
    }

    @Test
    void objectStateOutsideTheKnownNumbersIsKeptAsRead() throws Exception {
        for (String value : List.of("4", "-1", "1.0", "\"Archived\"")) {
            Widget widget = mapper.readValue("{\"objectState\":" + value + "}", Widget.class);

            assertThat(widget.objectState()).as(value).isNull();
            assertThat(mapper.writeValueAsString(widget)).isEqualTo("{\"objectState\":" + value + "}");
        }
    }

    @Test
    void numbersKeepFullPrecision() throws Exception {
        String json = "{'big':9007199254740993,'amount':12345678901234567890.123456789000,'rate':0.1}";
        Widget widget = mapper.readValue(json.replace('\'', '"'), Widget.class);

        assertThat(widget.big()).isEqualTo(9007199254740993L);
        assertThat(widget.amount()).isEqualTo(new BigDecimal("12345678901234567890.123456789000"));
        assertThat(mapper.writeValueAsString(widget))
                .isEqualTo("{\"big\":9007199254740993,\"rate\":0.1,\"amount\":12345678901234567890.123456789000}");
    }

    @Test
    void primitiveAccessorsDefaultWhenUnsetButKeepTheStateInJson() throws Exception {
        Widget widget = mapper.readValue("{\"billable\":null}", Widget.class);

        assertThat(widget.billable()).isFalse();
        assertThat(widget.big()).isZero();
        assertThat(widget.rate()).isZero();
        assertThat(written(widget)).isEqualTo(tree("{'billable':null}"));
    }

    @Test
    void jsonNamesThatAreNotJavaNames() throws Exception {
        Widget widget = mapper.readValue("{\"class\":\"Consulting\"}", Widget.class);

        assertThat(widget.className()).isEqualTo("Consulting");
        assertThat(written(widget.toBuilder().className("Design").build())).isEqualTo(tree("{'class':'Design'}"));
    }

    @Test
    void commonFieldsAreInheritedFromCoreEntity() throws Exception {
        UUID id = UUID.fromString("3f1c9a52-8d77-4c59-9b7d-1a2b3c4d5e6f");
        String json = "{'id':'" + id + "','createdOn':'2025-03-01T10:00:00','createdById':'" + id
                + "','lastUpdated':'2025-03-02T11:00:00','lastUpdatedById':'" + id
                + "','objectState':'Unchanged','token':42,'version':'7'}";
        Widget widget = mapper.readValue(json.replace('\'', '"'), Widget.class);

        assertThat(widget.id()).isEqualTo(id);
        assertThat(widget.lastUpdated()).isEqualTo(LocalDateTime.of(2025, 3, 2, 11, 0));
        assertThat(widget.objectState()).isEqualTo(ObjectState.UNCHANGED);
        assertThat(widget.token()).isEqualTo(42);
        assertThat(widget.version()).isEqualTo("7");
        assertThat(written(widget)).isEqualTo(tree(json));
    }

    @Test
    void valuesAreImmutable() {
        List<String> lines = new java.util.ArrayList<>(List.of("a"));
        Address address = Address.builder().lines(lines).build();
        lines.add("b");

        assertThat(address.lines()).containsExactly("a");
        assertThatThrownBy(() -> address.lines().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Address.builder()
                        .lines(java.util.Arrays.asList("a", null))
                        .build()
                        .lines())
                .containsExactly("a", null);
    }

    @Test
    void aBuilderChangedAfterBuildLeavesWhatItBuiltAsItWas() throws Exception {
        Widget.Builder builder = Widget.builder().name(null).count(null);
        Widget first = builder.build();
        String firstText = first.toString();
        int firstHash = first.hashCode();

        builder.name("x");
        Widget second = builder.build();
        builder.count(5).name(null);

        assertThat(written(first)).isEqualTo(tree("{'name':null,'count':null}"));
        assertThat(first.toString()).isEqualTo(firstText);
        assertThat(first.hashCode()).isEqualTo(firstHash);
        assertThat(first).isEqualTo(Widget.builder().name(null).count(null).build());
        assertThat(written(second)).isEqualTo(tree("{'name':'x','count':null}"));
        assertThat(written(builder.build())).isEqualTo(tree("{'name':null,'count':5}"));
    }

    @Test
    void aBuilderChangedAfterBuildLeavesTheUnknownPropertiesOfWhatItBuilt() throws Exception {
        String json = "{'name':'w','color':'purple','future':{'n':[1,2]}}";
        Widget read = mapper.readValue(json.replace('\'', '"'), Widget.class);
        Widget.Builder builder = read.toBuilder();
        Widget copy = builder.build();

        // Setting the known field drops the unknown value the builder held for it.
        builder.color(Color.BLUE);

        assertThat(copy.unknownProperties()).containsOnlyKeys("color", "future");
        assertThat(written(copy)).isEqualTo(tree(json));
        assertThat(copy).isEqualTo(read);
        assertThat(builder.build().unknownProperties()).containsOnlyKeys("future");
        assertThatThrownBy(() -> copy.unknownProperties().remove("future"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(read.unknownProperties()).containsOnlyKeys("color", "future");
    }

    @Test
    void equalsAndHashCodeCoverFieldsNullsAndUnknowns() throws Exception {
        Widget a = mapper.readValue("{\"name\":\"n\",\"x\":1}", Widget.class);
        Widget b = mapper.readValue("{\"name\":\"n\",\"x\":1}", Widget.class);
        Widget c = mapper.readValue("{\"name\":\"n\",\"x\":2}", Widget.class);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a.toBuilder().build()).isEqualTo(a);
        assertThat(LineItem.builder().amount(new BigDecimal("1.0")).build())
                .isNotEqualTo(LineItem.builder().amount(new BigDecimal("1.00")).build());
    }

    @Test
    void toStringShowsSetFieldsRedactsTokensAndNamesUnknownsOnly() throws Exception {
        Widget widget = mapper.readValue(
                "{\"name\":\"n\",\"token\":987654321,\"count\":null,\"secretish\":\"canary-value-123\"}", Widget.class);

        assertThat(widget.toString())
                .isEqualTo("Widget{token=***, name=n, count=null, unknownProperties=[secretish]}")
                .doesNotContain("987654321")
                .doesNotContain("canary-value-123");
    }
}
