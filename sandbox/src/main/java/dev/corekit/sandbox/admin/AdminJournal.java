package dev.corekit.sandbox.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.journal.JournalEntry;
import java.util.List;

/** The journal as JSON: one object per request, secrets masked as the journal keeps them. */
final class AdminJournal {
    private AdminJournal() {}

    static ArrayNode toJson(List<JournalEntry> entries) {
        ArrayNode out = AdminJson.MAPPER.createArrayNode();
        for (JournalEntry entry : entries) {
            ObjectNode json = out.addObject();
            json.put("at", entry.at().toString());
            json.put("method", entry.method());
            json.put("path", entry.path());
            json.put("query", entry.query());
            ObjectNode headers = json.putObject("headers");
            entry.headers().forEach((name, values) -> values.forEach(headers.putArray(name)::add));
            json.put("body", entry.body());
            json.put("status", entry.status());
            json.put("utcOffsetMinutes", entry.utcOffsetMinutes());
            json.put("utcOffsetHeader", entry.utcOffsetHeader());
        }
        return out;
    }
}
