package dev.corekit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A wrong {@code corekit.*} property stops a real {@link SpringApplication}; the start-up report (the failure
 * analyzer's) names the property and what to set, and never a secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {
    private static final String SECRET = "s3cr3t-client-secret-value";
    private static final String KEY_NOT_BASE64 = "not*base64*key*value";
    private static final String KEY_32 = "Y29yZWtpdC1ib290LWtleS1vZi0zMi1ieXRlcy1vayE=";
    private static final String KEY_TOO_SHORT = "c2hvcnQta2V5LXZhbHVl"; // "short-key-value", 15 bytes

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {}

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class AppWithDatabase {
        @Bean
        DataSource dataSource() {
            return Postgres.newSchema();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class AppWithH2 {
        @Bean
        DataSource dataSource() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:corekit_startup;DB_CLOSE_DELAY=-1");
            return h2;
        }
    }

    /** Starts the app with {@code properties}, expects it to fail, and returns the start-up report. */
    private static String failedStart(CapturedOutput output, String... properties) {
        return failedStart(App.class, output, properties);
    }

    /** Starts {@code app} with {@code properties}, expects it to fail, and returns the start-up report. */
    private static String failedStart(Class<?> app, CapturedOutput output, String... properties) {
        List<String> args = new ArrayList<>();
        // Without a database, tokens in memory: no file of the test in the home directory.
        List<String> all = override(
                List.of(
                        "corekit.client-secret=" + SECRET,
                        "corekit.store.type=" + (app == App.class ? "memory" : "jdbc")),
                properties);
        for (String property : all) {
            args.add("--" + property);
        }
        SpringApplication application = new SpringApplication(app);
        application.setWebApplicationType(WebApplicationType.NONE);
        int before = output.getAll().length();
        assertThatThrownBy(() -> application.run(args.toArray(String[]::new))).isInstanceOf(RuntimeException.class);
        String report = output.getAll().substring(before);
        assertThat(report).contains("APPLICATION FAILED TO START").doesNotContain(SECRET);
        return report;
    }

    private static final String[] VALID = {
        "corekit.client-id=corekit-demo", "corekit.redirect-uri=https://app.example.com/corekit/callback"
    };

    private static String[] with(String... properties) {
        return override(List.of(VALID), properties).toArray(String[]::new);
    }

    /** {@return {@code base} ({@code name=value}s) with {@code properties} in place of those of the same name} */
    private static List<String> override(List<String> base, String... properties) {
        List<String> all = new ArrayList<>(base);
        for (String property : properties) {
            String name = property.substring(0, property.indexOf('='));
            all.removeIf(p -> p.startsWith(name + "="));
            all.add(property);
        }
        return all;
    }

    @Test
    void aMissingClientIdIsNamed(CapturedOutput output) {
        String report = failedStart(output, "corekit.redirect-uri=https://app.example.com/corekit/callback");
        assertThat(report)
                .contains("corekit.client-id: is required")
                .contains("Set corekit.client-id to the app's client id");
    }

    @Test
    void aMissingRedirectUriIsNamed(CapturedOutput output) {
        String report = failedStart(output, "corekit.client-id=corekit-demo");
        assertThat(report).contains("corekit.redirect-uri: is required").contains("Set corekit.redirect-uri");
    }

    @Test
    void aRelativeRedirectUriIsNamed(CapturedOutput output) {
        String report = failedStart(output, with("corekit.redirect-uri=/corekit/callback"));
        assertThat(report)
                .contains("corekit.redirect-uri: must be an absolute http or https URI, was '/corekit/callback'");
    }

    @Test
    void aRedirectUriWithUserInfoIsQuotedWithoutIt(CapturedOutput output) {
        String report = failedStart(
                output, with("corekit.redirect-uri=ftp://deploy:hunter2-password@app.example.com/callback"));
        assertThat(report)
                .contains("corekit.redirect-uri: must be an absolute http or https URI, was"
                        + " 'ftp://app.example.com/callback' (user info not shown)")
                .doesNotContain("hunter2-password")
                .doesNotContain("deploy:");
    }

    @Test
    void thePropertiesShowTheRedirectUriWithoutUserInfo() {
        CorekitProperties properties = new CorekitProperties();
        properties.setRedirectUri("https://deploy:hunter2-password@app.example.com/callback");
        assertThat(properties.toString())
                .contains("redirectUri=https://app.example.com/callback")
                .doesNotContain("hunter2");
        properties.setRedirectUri("https://deploy:hunter2 password@app.example.com/");
        assertThat(properties.toString()).doesNotContain("hunter2");
    }

    @Test
    void anUnparsableRedirectUriIsNotQuoted(CapturedOutput output) {
        String report =
                failedStart(output, with("corekit.redirect-uri=https://deploy:hunter2 password@app.example.com/"));
        assertThat(report).contains("corekit.redirect-uri: is not a valid URI").doesNotContain("hunter2");
    }

    @Test
    void aRedirectUriOfAnotherSchemeIsNamed(CapturedOutput output) {
        String report = failedStart(output, with("corekit.redirect-uri=ftp://app.example.com/callback"));
        assertThat(report).contains("corekit.redirect-uri: must be an absolute http or https URI");
    }

    @Test
    void anOffsetAndAZoneAreNamedBoth(CapturedOutput output) {
        String report = failedStart(output, with("corekit.utc-offset=+02:00", "corekit.time-zone=Europe/Berlin"));
        assertThat(report).contains("corekit.utc-offset and corekit.time-zone: are both set");
    }

    @Test
    void anUnknownStoreTypeIsNamed(CapturedOutput output) {
        String report = failedStart(output, with("corekit.store.type=redis"));
        assertThat(report).contains("corekit.store.type").contains("redis");
    }

    @Test
    void aJdbcStoreWithoutDataSourceIsNamed(CapturedOutput output) {
        // H2 is on the test class path: without its auto-configuration the application has no DataSource.
        String report = failedStart(
                output,
                with(
                        "corekit.store.type=jdbc",
                        "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure"
                                + ".DataSourceAutoConfiguration"));
        assertThat(report)
                .contains("corekit.store.type: is jdbc, but the application has no DataSource bean")
                .contains("spring.datasource.url");
    }

    @Test
    void aJdbcStoreOnAnotherDatabaseThanPostgresIsNamed(CapturedOutput output) {
        String report = failedStart(AppWithH2.class, output, VALID);
        assertThat(report)
                .contains("corekit.store.type: is jdbc, but the DataSource is H2, and corekit-jdbc's stores need"
                        + " PostgreSQL")
                .contains("set corekit.store.type to file or memory");
    }

    @Test
    void corekitsTablesMissingFromPostgresAreNamedWithTheProperty(CapturedOutput output) {
        String report = failedStart(AppWithDatabase.class, output, with("corekit.store.type=auto"));
        assertThat(report)
                .contains("corekit.store.jdbc.initialize-schema: is embedded, and the database has no table"
                        + " corekit_tokens, corekit_pending_authorizations")
                .contains("Set corekit.store.jdbc.initialize-schema to always, or run corekit-jdbc's"
                        + " dev/corekit/jdbc/postgresql.sql and the starter's dev/corekit/spring/boot/postgresql.sql");
    }

    @Test
    void aSettingTheRuntimeRefusesIsNamedAsItsProperty(CapturedOutput output) {
        String report = failedStart(output, with("corekit.identity-server=http://idp.example.com/idp"));
        assertThat(report)
                .contains("corekit.identity-server: must be https (plain http only for a loopback host with"
                        + " corekit.allow-insecure-loopback=true), was 'http://idp.example.com/idp'");
        String retries = failedStart(output, with("corekit.retry.max-attempts=99"));
        assertThat(retries).contains("corekit.retry.max-attempts: must be 1..20, was 99");
    }

    @Test
    void aBlankClientSecretIsNamedWithoutAValue(CapturedOutput output) {
        String report = failedStart(output, with("corekit.client-secret=  "));
        assertThat(report).contains("corekit.client-secret: is blank");
    }

    @Test
    void anEncryptionKeyThatIsNotBase64IsNamedNotShown(CapturedOutput output) {
        String report = failedStart(
                AppWithDatabase.class,
                output,
                with(
                        "corekit.store.jdbc.encryption.key-id=2026-12",
                        "corekit.store.jdbc.encryption.key=" + KEY_NOT_BASE64));
        assertThat(report)
                .contains("corekit.store.jdbc.encryption.key: is not base64")
                .contains("'openssl rand -base64 32'")
                .doesNotContain(KEY_NOT_BASE64);
    }

    @Test
    void anEncryptionKeyOfTheWrongLengthIsNamedNotShown(CapturedOutput output) {
        String report = failedStart(
                AppWithDatabase.class,
                output,
                with(
                        "corekit.store.jdbc.encryption.key-id=2026-12",
                        "corekit.store.jdbc.encryption.key=" + KEY_TOO_SHORT));
        assertThat(report)
                .contains("corekit.store.jdbc.encryption.key: is not an AES key: it decodes to 15 bytes")
                .doesNotContain(KEY_TOO_SHORT);
    }

    @Test
    void aRetiredKeyOfTheWrongLengthIsNamedByItsId(CapturedOutput output) {
        String report = failedStart(
                AppWithDatabase.class,
                output,
                with(
                        "corekit.store.jdbc.encryption.key-id=2026-12",
                        "corekit.store.jdbc.encryption.key=" + KEY_32,
                        "corekit.store.jdbc.encryption.retired.2026-06=" + KEY_TOO_SHORT));
        assertThat(report)
                .contains("corekit.store.jdbc.encryption.retired.2026-06: is not an AES key")
                .doesNotContain(KEY_TOO_SHORT)
                .doesNotContain(KEY_32);
    }

    @Test
    void aKeyWithoutKeyIdIsNamed(CapturedOutput output) {
        String report = failedStart(AppWithDatabase.class, output, with("corekit.store.jdbc.encryption.key=" + KEY_32));
        assertThat(report)
                .contains("corekit.store.jdbc.encryption.key-id: is required")
                .doesNotContain(KEY_32);
    }

    @Test
    void requiredEncryptionWithoutKeyIsNamed(CapturedOutput output) {
        String report = failedStart(AppWithDatabase.class, output, with("corekit.store.jdbc.require-encryption=true"));
        assertThat(report)
                .contains(
                        "corekit.store.jdbc.require-encryption: needs a current key (corekit.store.jdbc.encryption.key)");
    }

    @Test
    void aBadTablePrefixIsNamed(CapturedOutput output) {
        String report =
                failedStart(AppWithDatabase.class, output, with("corekit.store.jdbc.table-prefix=corekit-tokens;"));
        assertThat(report).contains("corekit.store.jdbc.table-prefix: must be 1 to 30 letters");
    }
}
