package dev.corekit.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The project's catalogue as the tests read it: {@code collections.tsv}, a copy of the sandbox's. */
final class CatalogueTsv {
    /** The copy in this module's test resources. */
    static final String COPY = "/collections.tsv";

    /** The sandbox's catalogue, which the copy must equal. */
    static final String SANDBOX = "/dev/corekit/sandbox/collections.tsv";

    /** One row: the path, whether it is a single object, and the field names with their catalogue types, in order. */
    record Row(String path, boolean single, Map<String, String> fields) {
        @Override
        public String toString() {
            return path;
        }
    }

    private CatalogueTsv() {}

    static String text(String resource) {
        try (InputStream in = CatalogueTsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        String[] lines = text(COPY).split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] columns = lines[i].split("\t", -1);
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : columns[2].split(",")) {
                int colon = pair.indexOf(':');
                fields.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
            rows.add(new Row(columns[0], columns[1].equals("single"), fields));
        }
        return rows;
    }
}
