package dev.corekit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** corekit-jdbc's JSpecify annotations as a null checker reads them from the compiled classes. */
class NullnessAnnotationsTest {
    @Test
    void thePackageIsNullMarked() throws ClassNotFoundException {
        Class<?> info = Class.forName("dev.corekit.jdbc.package-info", false, JdbcStores.class.getClassLoader());

        assertThat(info.isAnnotationPresent(NullMarked.class)).isTrue();
    }

    @Test
    void aKeyIdThatCanBeAbsentIsNullableAndTheStoresAreNot() throws NoSuchMethodException {
        assertThat(DecryptionException.class
                        .getMethod("keyId")
                        .getAnnotatedReturnType()
                        .isAnnotationPresent(Nullable.class))
                .isTrue();
        assertThat(JdbcStores.class
                        .getMethod("tokenStore")
                        .getAnnotatedReturnType()
                        .isAnnotationPresent(Nullable.class))
                .isFalse();
        assertThat(JdbcStores.Builder.class
                        .getMethod("refreshTokenLifetime", java.time.Duration.class)
                        .getAnnotatedParameterTypes()[0]
                        .isAnnotationPresent(Nullable.class))
                .isTrue();
    }
}
