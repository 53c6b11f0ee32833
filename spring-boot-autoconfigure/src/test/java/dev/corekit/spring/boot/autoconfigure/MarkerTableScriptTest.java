package dev.corekit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.junit.CoreSandboxExtension;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema script of the health contributor's marker table, {@code dev/corekit/spring/boot/postgresql.sql} in the
 * jar, as an application's migration runs it, defines the table {@code initialize-schema=always} creates.
 */
@ExtendWith(CoreSandboxExtension.class)
class MarkerTableScriptTest {

    private final CoreSandbox sandbox;

    @TempDir
    Path tokens;

    MarkerTableScriptTest(CoreSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Test
    void theScriptInTheJarDefinesTheTableTheApplicationCreates() throws Exception {
        DataSource created = Postgres.newSchema();
        SandboxRunner.runner(sandbox, tokens)
                .withBean(DataSource.class, () -> created)
                .withPropertyValues(
                        "corekit.store.jdbc.initialize-schema=always", "corekit.store.jdbc.table-prefix=shop_")
                .run(context -> assertThat(context).hasNotFailed());
        DataSource migrated = Postgres.newSchema();
        assertThat(MarkerTableScriptTest.class.getClassLoader().getResource(Postgres.MARKER_SCRIPT))
                .as(Postgres.MARKER_SCRIPT)
                .isNotNull();
        Postgres.execute(migrated, Postgres.markerScript("shop_"));

        List<String> definition = definition(migrated);
        assertThat(definition)
                .contains(
                        "column shop_reauthorizations connection character varying 255 NO ",
                        "column shop_reauthorizations required_at timestamp with time zone  NO ",
                        "constraint shop_reauthorizations PRIMARY KEY connection");
        assertThat(definition(created)).containsAll(definition);
        assertThat(definition(created))
                .filteredOn(line -> line.contains("reauthorizations"))
                .containsExactlyElementsOf(definition);
    }

    /** The columns, keys and indexes of the schema's tables, one line each. */
    private static List<String> definition(DataSource dataSource) throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.addAll(Postgres.strings(
                dataSource,
                "SELECT concat_ws(' ', 'column', table_name, column_name, data_type,"
                        + " coalesce(character_maximum_length::text, ''), is_nullable, coalesce(column_default, ''))"
                        + " FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " ORDER BY table_name, ordinal_position"));
        lines.addAll(Postgres.strings(
                dataSource,
                "SELECT concat_ws(' ', 'constraint', tc.table_name, tc.constraint_type, k.column_name)"
                        + " FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage k"
                        + " ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name"
                        + " WHERE tc.table_schema = current_schema() ORDER BY tc.table_name, k.ordinal_position"));
        lines.addAll(Postgres.strings(
                dataSource,
                "SELECT concat_ws(' ', 'index', tablename, indexname) FROM pg_indexes"
                        + " WHERE schemaname = current_schema() ORDER BY tablename, indexname"));
        return lines;
    }
}
