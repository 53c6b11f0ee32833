package dev.corekit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.corekit.runtime.CoreQuery.Direction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoreQueryTest {

    @Nested
    class Rendering {

        @Test
        void allHasNoParameters() {
            CoreQuery all = CoreQuery.all();

            assertThat(all.toQueryMap()).isEmpty();
            assertThat(all.where()).isEmpty();
            assertThat(all.orderBy()).isEmpty();
            assertThat(all.fields()).isEmpty();
            assertThat(all.expand()).isEmpty();
            assertThat(all.pageNumber()).isEmpty();
            assertThat(all.pageSize()).isEmpty();
            assertThat(CoreQuery.builder().build()).isEqualTo(all);
        }

        @Test
        void whereIsPassedThroughUnchanged() {
            String filter = "code='DEV' AND lastUpdated>='2025-01-01T00:00:00'";

            CoreQuery query = CoreQuery.builder().where(filter).build();

            assertThat(query.toQueryMap()).containsExactly(entry("where", filter));
            assertThat(query.where()).contains(filter);
        }

        @Test
        void laterWhereReplacesEarlier() {
            CoreQuery query = CoreQuery.builder()
                    .where("code='A'")
                    .where("parentId is null")
                    .build();

            assertThat(query.toQueryMap()).containsExactly(entry("where", "parentId is null"));
        }

        @Test
        void orderByKeysAccumulateWithDirections() {
            CoreQuery query = CoreQuery.builder()
                    .orderBy("code")
                    .orderBy("lastUpdated", Direction.DESC)
                    .orderBy("description", Direction.ASC)
                    .build();

            assertThat(query.orderBy()).containsExactly("code", "lastUpdated desc", "description asc");
            assertThat(query.toQueryMap()).containsExactly(entry("orderBy", "code,lastUpdated desc,description asc"));
        }

        @Test
        void fieldsAreJoinedWithCommas() {
            CoreQuery query =
                    CoreQuery.builder().fields("id", "code", "COUNT(*)").build();

            assertThat(query.fields()).containsExactly("id", "code", "COUNT(*)");
            assertThat(query.toQueryMap()).containsExactly(entry("fields", "id,code,COUNT(*)"));
        }

        @Test
        void fieldsFromCollectionKeepItsOrderAndReplaceEarlierFields() {
            CoreQuery query = CoreQuery.builder()
                    .fields("ignored")
                    .fields(List.of("b", "a"))
                    .build();

            assertThat(query.toQueryMap()).containsExactly(entry("fields", "b,a"));
        }

        @Test
        void emptyFieldsClearThem() {
            CoreQuery query = CoreQuery.builder().fields("id").fields().build();

            assertThat(query.fields()).isEmpty();
            assertThat(query.toQueryMap()).isEmpty();
        }

        @Test
        void expandIsJoinedWithCommas() {
            CoreQuery query =
                    CoreQuery.builder().expand("customFields", "assignedTo").build();

            assertThat(query.expand()).containsExactly("customFields", "assignedTo");
            assertThat(query.toQueryMap()).containsExactly(entry("expand", "customFields,assignedTo"));
        }

        @Test
        void expandFromCollection() {
            CoreQuery query =
                    CoreQuery.builder().expand(List.of("customFields")).build();

            assertThat(query.toQueryMap()).containsExactly(entry("expand", "customFields"));
        }

        @Test
        void pageRendersNumberAndSize() {
            CoreQuery query = CoreQuery.builder().page(3, 250).build();

            assertThat(query.pageNumber()).isEqualTo(OptionalInt.of(3));
            assertThat(query.pageSize()).isEqualTo(OptionalInt.of(250));
            assertThat(query.toQueryMap()).containsExactly(entry("page", "3,250"));
        }

        @Test
        void pageSizeAloneRendersPageZero() {
            CoreQuery query = CoreQuery.builder().pageSize(50).build();

            assertThat(query.pageNumber()).isEmpty();
            assertThat(query.pageSize()).isEqualTo(OptionalInt.of(50));
            assertThat(query.toQueryMap()).containsExactly(entry("page", "0,50"));
        }

        @Test
        void pageSizeKeepsAnEarlierPageNumber() {
            CoreQuery query = CoreQuery.builder().page(4, 10).pageSize(20).build();

            assertThat(query.toQueryMap()).containsExactly(entry("page", "4,20"));
        }

        @Test
        void allSettingsAppearInFixedOrder() {
            // Set in reverse order to show the map order does not follow the call order.
            CoreQuery query = CoreQuery.builder()
                    .page(1, 100)
                    .expand("customFields")
                    .fields("id", "code")
                    .orderBy("code", Direction.DESC)
                    .where("code='DEV'")
                    .build();

            Map<String, Object> map = query.toQueryMap();

            assertThat(map)
                    .containsExactly(
                            entry("where", "code='DEV'"),
                            entry("orderBy", "code desc"),
                            entry("fields", "id,code"),
                            entry("expand", "customFields"),
                            entry("page", "1,100"));
            assertThat(map.values()).allSatisfy(value -> assertThat(value).isInstanceOf(String.class));
        }

        @Test
        void queryMapIsUnmodifiable() {
            Map<String, Object> map = CoreQuery.builder().where("a=1").build().toQueryMap();

            assertThatThrownBy(() -> map.put("page", "0,1")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void listAccessorsAreUnmodifiable() {
            CoreQuery query =
                    CoreQuery.builder().orderBy("a").fields("b").expand("c").build();

            assertThatThrownBy(() -> query.orderBy().add("x")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> query.fields().add("x")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> query.expand().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void laterChangesToCallersCollectionsDoNotLeakIn() {
            List<String> names = new ArrayList<>(List.of("id"));
            String[] array = {"customFields"};
            CoreQuery.Builder builder = CoreQuery.builder().fields(names).expand(array);

            names.add("code");
            array[0] = "other";

            assertThat(builder.build().toQueryMap())
                    .containsExactly(entry("fields", "id"), entry("expand", "customFields"));
        }

        @Test
        void toStringShowsTheSettings() {
            CoreQuery query = CoreQuery.builder()
                    .where("code='DEV'")
                    .orderBy("name", Direction.DESC)
                    .fields("id")
                    .expand("customFields")
                    .pageSize(50)
                    .build();

            assertThat(query)
                    .hasToString("CoreQuery{where=code='DEV', orderBy=[name desc], fields=[id], expand=[customFields],"
                            + " pageSize=50}");
            assertThat(CoreQuery.all()).hasToString("CoreQuery{}");
            assertThat(CoreQuery.builder().page(0, 10).build()).hasToString("CoreQuery{pageNumber=0, pageSize=10}");
        }
    }

    @Nested
    class Validation {

        @Test
        void pageSizeBounds() {
            assertThat(CoreQuery.builder().pageSize(1).build().pageSize()).hasValue(1);
            assertThat(CoreQuery.builder()
                            .pageSize(CoreQuery.MAX_PAGE_SIZE)
                            .build()
                            .pageSize())
                    .hasValue(1000);

            assertThatThrownBy(() -> CoreQuery.builder().pageSize(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("page size must be between 1 and 1000, was 0");
            assertThatThrownBy(() -> CoreQuery.builder().pageSize(1001))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("page size must be between 1 and 1000, was 1001");
            assertThatThrownBy(() -> CoreQuery.builder().page(0, -5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("page size must be between 1 and 1000, was -5");
        }

        @Test
        void pageNumberMustNotBeNegative() {
            assertThatThrownBy(() -> CoreQuery.builder().page(-1, 10))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("page number must be at least 0, was -1");
        }

        @Test
        void rejectedPageLeavesBuilderUnchanged() {
            CoreQuery.Builder builder = CoreQuery.builder().page(2, 20);

            assertThatThrownBy(() -> builder.page(-1, 30)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> builder.page(3, 0)).isInstanceOf(IllegalArgumentException.class);

            assertThat(builder.build().toQueryMap()).containsExactly(entry("page", "2,20"));
        }

        @Test
        void expandLimitsPageSizeInWhicheverOrderTheyAreSet() {
            assertThatThrownBy(() -> CoreQuery.builder()
                            .expand("customFields")
                            .pageSize(101)
                            .build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("page size must be at most 100 when expand is used, was 101 (expand=[customFields])");
            assertThatThrownBy(() -> CoreQuery.builder()
                            .page(0, 500)
                            .expand("customFields")
                            .build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("was 500");

            assertThat(CoreQuery.builder()
                            .expand("customFields")
                            .pageSize(CoreQuery.MAX_PAGE_SIZE_WITH_EXPAND)
                            .build()
                            .toQueryMap())
                    .containsEntry("page", "0,100");
            // Without an explicit size the default (100) is within the expand limit.
            assertThat(CoreQuery.builder().expand("customFields").build().pageSize())
                    .isEmpty();
        }

        @Test
        void clearingExpandLiftsTheLimit() {
            CoreQuery query = CoreQuery.builder()
                    .expand("customFields")
                    .pageSize(1000)
                    .expand()
                    .build();

            assertThat(query.toQueryMap()).containsExactly(entry("page", "0,1000"));
        }

        @Test
        void blankWhereIsRejected() {
            assertThatThrownBy(() -> CoreQuery.builder().where("  "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("where must not be blank, was '  '");
            assertThatThrownBy(() -> CoreQuery.builder().where(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("where must not be blank, was ''");
        }

        @Test
        void blankNamesAreRejected() {
            assertThatThrownBy(() -> CoreQuery.builder().orderBy(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("orderBy field must not be blank, was ' '");
            assertThatThrownBy(() -> CoreQuery.builder().orderBy("", Direction.ASC))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("orderBy field must not be blank, was ''");
            assertThatThrownBy(() -> CoreQuery.builder().fields("id", "\t"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("fields[1] must not be blank, was '\t'");
            assertThatThrownBy(() -> CoreQuery.builder().expand(List.of("")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("expand[0] must not be blank, was ''");
        }

        @Test
        void rejectedNamesLeaveBuilderUnchanged() {
            CoreQuery.Builder builder = CoreQuery.builder().fields("id");

            assertThatThrownBy(() -> builder.fields("code", " ")).isInstanceOf(IllegalArgumentException.class);

            assertThat(builder.build().fields()).containsExactly("id");
        }

        @Test
        void nullsAreRejectedNamingTheParameter() {
            CoreQuery.Builder builder = CoreQuery.builder();

            assertThatThrownBy(() -> builder.where(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("expression must not be null");
            assertThatThrownBy(() -> builder.orderBy(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("field must not be null");
            assertThatThrownBy(() -> builder.orderBy("code", null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("direction must not be null");
            assertThatThrownBy(() -> builder.fields((String[]) null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("names must not be null");
            assertThatThrownBy(() -> builder.fields((List<String>) null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("names must not be null");
            assertThatThrownBy(() -> builder.fields("id", null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("names[1] must not be null");
            assertThatThrownBy(() -> builder.expand((String[]) null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("names must not be null");
            assertThatThrownBy(() -> builder.expand(Arrays.asList("a", "b", null)))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("names[2] must not be null");
        }
    }

    @Nested
    class Copies {

        @Test
        void withPageReplacesOnlyThePage() {
            CoreQuery query = CoreQuery.builder()
                    .where("code='DEV'")
                    .orderBy("code")
                    .pageSize(10)
                    .build();

            CoreQuery third = query.withPage(2, 10);

            assertThat(third.toQueryMap())
                    .containsExactly(entry("where", "code='DEV'"), entry("orderBy", "code"), entry("page", "2,10"));
            assertThat(query.pageNumber()).as("original unchanged").isEmpty();
        }

        @Test
        void withPageValidates() {
            CoreQuery withExpand = CoreQuery.builder().expand("customFields").build();

            assertThatThrownBy(() -> CoreQuery.all().withPage(-1, 10))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("page number must be at least 0, was -1");
            assertThatThrownBy(() -> CoreQuery.all().withPage(0, 1001))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("page size must be between 1 and 1000, was 1001");
            assertThatThrownBy(() -> withExpand.withPage(0, 101))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("page size must be at most 100 when expand is used, was 101");
            assertThat(withExpand.withPage(5, 100).toQueryMap()).containsEntry("page", "5,100");
        }

        @Test
        void toBuilderCopiesEverySetting() {
            CoreQuery query = CoreQuery.builder()
                    .where("code='DEV'")
                    .orderBy("code", Direction.ASC)
                    .fields("id")
                    .expand("customFields")
                    .page(1, 20)
                    .build();

            assertThat(query.toBuilder().build()).isEqualTo(query);
            assertThat(query.toBuilder().orderBy("id").build().orderBy()).containsExactly("code asc", "id");
            assertThat(query.orderBy()).as("original unchanged").containsExactly("code asc");
        }

        @Test
        void equalityCoversEverySetting() {
            CoreQuery query = CoreQuery.builder()
                    .where("code='DEV'")
                    .orderBy("code")
                    .fields("id")
                    .expand("customFields")
                    .page(1, 20)
                    .build();
            CoreQuery same = CoreQuery.builder()
                    .page(1, 20)
                    .expand("customFields")
                    .fields("id")
                    .orderBy("code")
                    .where("code='DEV'")
                    .build();

            assertThat(query).isEqualTo(same).hasSameHashCodeAs(same);
            assertThat(query).isNotEqualTo(same.toBuilder().where("code='X'").build());
            assertThat(query).isNotEqualTo(same.toBuilder().orderBy("id").build());
            assertThat(query).isNotEqualTo(same.toBuilder().fields("code").build());
            assertThat(query).isNotEqualTo(same.toBuilder().expand().build());
            assertThat(query).isNotEqualTo(same.withPage(2, 20));
            assertThat(query).isNotEqualTo(same.withPage(1, 21));
            assertThat(query).isNotEqualTo(null).isNotEqualTo("CoreQuery");
        }

        @Test
        void unsetPageNumberDiffersFromPageZero() {
            // Same rendered query, different settings: equality follows the settings, as the accessors do.
            CoreQuery sizeOnly = CoreQuery.builder().pageSize(10).build();
            CoreQuery pageZero = CoreQuery.builder().page(0, 10).build();

            assertThat(sizeOnly.toQueryMap()).isEqualTo(pageZero.toQueryMap());
            assertThat(sizeOnly).isNotEqualTo(pageZero);
        }
    }
}
