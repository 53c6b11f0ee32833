package dev.corekit.it.surface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.auth.AuthorizationFlow;
import dev.corekit.runtime.auth.AuthorizationResult;
import dev.corekit.runtime.auth.PendingAuthorization;
import dev.corekit.runtime.error.CoreConflictException;
import dev.corekit.runtime.error.CoreRateLimitException;
import dev.corekit.runtime.error.OAuthException;
import dev.corekit.runtime.token.TokenSet;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The JSpecify annotations as a null checker (NullAway, the Checker Framework, Kotlin, IntelliJ) reads them from the
 * compiled classes: every package of corekit-runtime is {@code @NullMarked}, and what can be absent is
 * {@code @Nullable}, while the rest is not.
 */
class RuntimeNullnessTest {
    private final PublicSurface surface = PublicSurface.of(CoreClient.class);

    @Test
    void everyPackageIsNullMarked() throws ClassNotFoundException {
        Set<String> unmarked = new TreeSet<>();
        Set<String> packages = surface.packagesUnder("dev.corekit");
        for (String pkg : packages) {
            Class<?> info = Class.forName(pkg + ".package-info", false, CoreClient.class.getClassLoader());
            if (!info.isAnnotationPresent(NullMarked.class)) {
                unmarked.add(pkg);
            }
        }

        assertThat(packages).contains("dev.corekit.runtime", "dev.corekit.runtime.token", "dev.corekit.annotation");
        assertThat(unmarked).as("packages without @NullMarked").isEmpty();
    }

    @Test
    void valuesThatCanBeAbsentAreNullable() throws NoSuchMethodException {
        assertThat(nullableReturn(TokenSet.class, "refreshToken")).isTrue();
        assertThat(nullableReturn(TokenSet.class, "idToken")).isTrue();
        assertThat(nullableReturn(TokenSet.class, "endpoint")).isTrue();
        assertThat(nullableReturn(AuthorizationResult.class, "companyId")).isTrue();
        assertThat(nullableReturn(PendingAuthorization.class, "codeVerifier")).isTrue();
        assertThat(nullableReturn(AuthorizationFlow.class, "defaultRedirectUri"))
                .isTrue();
        assertThat(nullableReturn(CoreRateLimitException.class, "retryAfter")).isTrue();
        assertThat(nullableReturn(CoreConflictException.class, "key")).isTrue();
        assertThat(nullableReturn(OAuthException.class, "description")).isTrue();
        AnnotatedType[] parameters = TokenSet.class.getConstructors()[0].getAnnotatedParameterTypes();
        // accessToken, refreshToken, tokenType, receivedAt, expiresAt, scopes, endpoint, idToken
        assertThat(parameters).hasSize(8);
        assertThat(parameters[0].isAnnotationPresent(Nullable.class)).isFalse();
        assertThat(parameters[1].isAnnotationPresent(Nullable.class)).isTrue();
        assertThat(parameters[6].isAnnotationPresent(Nullable.class)).isTrue();
        assertThat(parameters[7].isAnnotationPresent(Nullable.class)).isTrue();
    }

    @Test
    void valuesThatAreAlwaysThereAreNotNullable() throws NoSuchMethodException {
        assertThat(nullableReturn(TokenSet.class, "accessToken")).isFalse();
        assertThat(nullableReturn(TokenSet.class, "expiresAt")).isFalse();
        assertThat(nullableReturn(CoreClient.class, "storedTokens")).isFalse();
        assertThat(nullableReturn(AuthorizationResult.class, "connection")).isFalse();
    }

    private static boolean nullableReturn(Class<?> type, String method) throws NoSuchMethodException {
        Method m = type.getMethod(method);
        return m.getAnnotatedReturnType().isAnnotationPresent(Nullable.class);
    }
}
