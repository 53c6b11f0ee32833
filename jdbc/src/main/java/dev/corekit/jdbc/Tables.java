package dev.corekit.jdbc;

import dev.corekit.runtime.error.CoreConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The names of corekit's tables under a prefix, and the schema script written for them. */
final class Tables {
    static final String DEFAULT_PREFIX = "corekit_";
    static final String SCRIPT = "dev/corekit/jdbc/postgresql.sql";

    // Names are spliced into SQL, so only plain identifiers pass.
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,29}");

    private final String prefix;

    Tables(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new CoreConfigurationException(
                    "tablePrefix",
                    "must be 1 to 30 letters, digits or '_', not starting with a digit (choose the schema through"
                            + " the DataSource)");
        }
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }

    String tokens() {
        return prefix + "tokens";
    }

    String pendingAuthorizations() {
        return prefix + "pending_authorizations";
    }

    /** The statements of the schema script, with this prefix. */
    List<String> schemaStatements() {
        String script;
        try (InputStream in = Tables.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from corekit-jdbc");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : code.toString().split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip().replace(DEFAULT_PREFIX, prefix));
            }
        }
        return statements;
    }

    @Override
    public String toString() {
        return prefix + "*";
    }
}
