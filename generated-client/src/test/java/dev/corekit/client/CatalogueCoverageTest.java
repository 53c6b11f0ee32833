package dev.corekit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every path of the catalogue is a generated client reached through the facade, and every field of its row is a JSON
 * property of the DTO, with the catalogue's type where the catalogue gives one.
 */
class CatalogueCoverageTest {
    private static List<CatalogueTsv.Row> rows;
    private static Map<String, Facade.Entry> byPath;

    @BeforeAll
    static void read() {
        rows = CatalogueTsv.rows();
        byPath = Facade.entries().stream()
                .collect(
                        Collectors.toMap(Facade.Entry::path, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
    }

    @Test
    void theCopyOfTheCatalogueIsTheSandboxs() {
        assertThat(CatalogueTsv.text(CatalogueTsv.COPY)).isEqualTo(CatalogueTsv.text(CatalogueTsv.SANDBOX));
    }

    @Test
    void theFacadeReachesOneClientPerCataloguePath() {
        List<Facade.Entry> entries = Facade.entries();
        assertThat(rows).hasSize(89);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(85).hasSize(rows.size());
        assertThat(entries.stream().map(Facade.Entry::api).distinct()).hasSize(entries.size());
        assertThat(byPath.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        rows.stream().map(CatalogueTsv.Row::path).toList());
        for (Facade.Entry entry : entries) {
            assertThat(entry.requested()).as(entry.call()).isEqualTo(entry.api());
            assertThat(entry.api().getSimpleName()).as(entry.call()).endsWith("Api");
        }
    }

    @Test
    void theFacadeReadsWell() {
        Map<String, String> calls =
                Facade.entries().stream().collect(Collectors.toMap(Facade.Entry::path, Facade.Entry::call));
        assertThat(calls)
                .containsEntry("activity", "core.activities()")
                .containsEntry("timeentry", "core.timeEntries()")
                .containsEntry("company", "core.company()")
                .containsEntry("customfieldValue", "core.customFieldValues()")
                .containsEntry("crm/lead", "core.crm().leads()")
                .containsEntry("crm/emailtemplate", "core.crm().emailTemplates()")
                .containsEntry("crm/lists/opportunitystage", "core.crm().lists().opportunityStages()")
                .containsEntry("hr/lists/question", "core.hr().lists().questions()")
                .containsEntry("hr/employeebenefitusage", "core.hr().employeeBenefitUsages()")
                .containsEntry("setting/timeexpense", "core.setting().timeExpense()")
                .containsEntry("projectassignment/activity", "core.projectassignment().activities()");
    }

    @TestFactory
    Stream<DynamicTest> everyCatalogueFieldIsAJsonPropertyOfTheDto() {
        return rows.stream()
                .map(row -> dynamicTest(row.path(), () -> {
                    Class<?> dto = Facade.dtoOf(byPath.get(row.path()).api());
                    JsonPropertyOrder order = dto.getAnnotation(JsonPropertyOrder.class);
                    assertThat(order)
                            .as("@JsonPropertyOrder on %s", dto.getName())
                            .isNotNull();
                    assertThat(order.value())
                            .as("JSON properties of %s", dto.getName())
                            .contains(row.fields().keySet().toArray(String[]::new));
                }));
    }

    @TestFactory
    Stream<DynamicTest> typedCatalogueFieldsKeepTheirType() {
        return rows.stream()
                .map(row -> dynamicTest(row.path(), () -> {
                    Class<?> dto = Facade.dtoOf(byPath.get(row.path()).api());
                    Map<String, Class<?>> types = jsonTypes(dto);
                    for (Map.Entry<String, String> field : row.fields().entrySet()) {
                        Class<?> type = types.get(field.getKey());
                        assertThat(type)
                                .as("%s.%s", dto.getSimpleName(), field.getKey())
                                .isNotNull();
                        switch (field.getValue()) {
                            case "uuid" -> assertThat(type).isEqualTo(UUID.class);
                            case "string" -> assertThat(type).isEqualTo(String.class);
                            // Decimals are BigDecimal throughout the catalogue: money, rates and hours stay exact.
                            case "double" -> assertThat(type).isEqualTo(BigDecimal.class);
                            case "bool" -> assertThat(type).isEqualTo(Boolean.class);
                            case "int" -> assertThat(type).isEqualTo(Integer.class);
                            case "datetime" -> assertThat(type).isEqualTo(LocalDateTime.class);
                            case "enum" ->
                                assertThat(type.isEnum())
                                        .as("%s is an enum", type)
                                        .isTrue();
                            case "array" -> assertThat(type).isEqualTo(List.class);
                            default -> assertThat(field.getValue()).isEqualTo("any");
                        }
                    }
                }));
    }

    @Test
    void noDtoDeclaresAPropertyTheCatalogueLacks() {
        Set<String> extra = new TreeSet<>();
        for (CatalogueTsv.Row row : rows) {
            Class<?> dto = Facade.dtoOf(byPath.get(row.path()).api());
            for (String name : dto.getAnnotation(JsonPropertyOrder.class).value()) {
                boolean common = Set.of("version", "objectState", "token").contains(name);
                if (!row.fields().containsKey(name) && !common) {
                    extra.add(row.path() + "." + name);
                }
            }
        }
        assertThat(extra).isEmpty();
    }

    /** The DTO's fields by JSON name: a field's {@code @JsonProperty}, or its Java name for enum fields. */
    private static Map<String, Class<?>> jsonTypes(Class<?> dto) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Field field : dto.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.getName().startsWith("$")) {
                continue;
            }
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            types.put(property != null ? property.value() : field.getName(), field.getType());
        }
        return types;
    }
}
