package dev.corekit.processor.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.processor.fixtures.Address;
import dev.corekit.processor.fixtures.Widget;
import dev.corekit.processor.fixtures.WidgetApi;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What a null checker reading the generated classes sees: JSpecify's annotations, as the values really are. */
class NullnessTest {

    private static boolean nullable(AnnotatedType type) {
        return type.isAnnotationPresent(Nullable.class);
    }

    @Test
    void generatedTypesAreNullMarked() {
        assertThat(Widget.class.isAnnotationPresent(NullMarked.class)).isTrue();
        assertThat(Address.class.isAnnotationPresent(NullMarked.class)).isTrue();
        assertThat(WidgetApi.class.isAnnotationPresent(NullMarked.class)).isTrue();
    }

    @Test
    void accessorsOfFieldsThatMayBeAbsentAreNullableAndPrimitivesAreNot() throws Exception {
        Widget empty = Widget.builder().build();

        assertThat(empty.name()).isNull();
        assertThat(nullable(Widget.class.getMethod("name").getAnnotatedReturnType()))
                .isTrue();
        assertThat(nullable(Widget.class.getMethod("address").getAnnotatedReturnType()))
                .isTrue();
        assertThat(empty.billable()).isFalse();
        assertThat(nullable(Widget.class.getMethod("billable").getAnnotatedReturnType()))
                .isFalse();
        assertThat(nullable(Widget.class.getMethod("unknownProperties").getAnnotatedReturnType()))
                .isFalse();
        assertThat(nullable(Widget.class.getMethod("toBuilder").getAnnotatedReturnType()))
                .isFalse();
    }

    @Test
    void listItemsMayBeNullAsJsonNullItemsAre() throws Exception {
        Address address =
                Address.builder().lines(java.util.Arrays.asList("a", null)).build();

        assertThat(address.lines()).containsExactly("a", null);
        AnnotatedType lines = Address.class.getMethod("lines").getAnnotatedReturnType();
        assertThat(nullable(lines)).isTrue();
        assertThat(nullable(((AnnotatedParameterizedType) lines).getAnnotatedActualTypeArguments()[0]))
                .isTrue();
    }

    @Test
    void builderSettersTakeNullForAnExplicitJsonNull() throws Exception {
        Method name = Widget.Builder.class.getMethod("name", String.class);

        assertThat(nullable(name.getAnnotatedParameterTypes()[0])).isTrue();
        assertThat(nullable(name.getAnnotatedReturnType())).isFalse();
    }

    @Test
    void singleObjectAnswersAreNullableAndListsAreNot() throws Exception {
        assertThat(nullable(
                        WidgetApi.class.getMethod("get", java.util.UUID.class).getAnnotatedReturnType()))
                .isTrue();
        assertThat(nullable(WidgetApi.class.getMethod("create", Widget.class).getAnnotatedReturnType()))
                .isTrue();
        Method list = WidgetApi.class.getMethod("list", dev.corekit.runtime.CoreQuery.class);
        assertThat(nullable(list.getAnnotatedReturnType())).isFalse();
        assertThat(list.getReturnType()).isEqualTo(List.class);
    }
}
