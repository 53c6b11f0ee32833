package dev.corekit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.UUID;

/** CORE-shaped {@code activity} bodies of about 1 KB an object, every field of the catalogue's {@code Activity} set. */
final class ActivityJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ActivityJson() {}

    /** One activity, as {@code GET /activity/{id}} answers it. */
    static byte[] one(UUID id) {
        return bytes(activity(id, 0));
    }

    /** A page of {@code size} activities, as {@code GET /activity} answers it. */
    static byte[] page(int size) {
        ArrayNode page = JSON.createArrayNode();
        for (int i = 0; i < size; i++) {
            page.add(activity(new UUID(0x5eed, i), i));
        }
        return bytes(page);
    }

    private static ObjectNode activity(UUID id, int n) {
        ObjectNode a = JSON.createObjectNode();
        a.put("id", id.toString());
        a.put("createdOn", "2024-03-01T10:15:30");
        a.put("createdById", new UUID(1, n).toString());
        a.put("lastUpdated", "2024-06-12T16:45:00");
        a.put("lastUpdatedById", new UUID(2, n).toString());
        a.put("objectState", "Unchanged");
        a.put("token", 7 + n);
        a.put("version", "AAAAAAAAB9E=");
        a.put("name", "Architectural design review " + n);
        a.put("description", "Review of the schematic design package against the programme and the budget " + n);
        a.put("billable", true);
        a.put("code", "ADR-" + n);
        a.put("sub", "Design");
        a.put("costRate", 85.5);
        a.put("billRate", 175.0);
        a.put("tax1", 8.25);
        a.put("tax2", 0.0);
        a.put("tax3", 0.0);
        a.put("minimumHours", 0.25);
        a.put("memo", "Bill in quarter-hour steps; overtime at the overtime rate after 40 hours a week.");
        a.put("isActive", true);
        a.put("overTimeBillRate", 262.5);
        a.put("incomeAccountId", new UUID(3, n).toString());
        a.put("expenseAccountId", new UUID(4, n).toString());
        a.put("incomeAccount", "4000 Professional Fees");
        a.put("expenseAccount", "5000 Direct Labour");
        a.put("defaultGroupId", new UUID(5, n).toString());
        a.put("defaultGroup", "Architecture");
        a.put("extra", false);
        ObjectNode field = a.putArray("customFields").addObject();
        field.put("customFieldId", new UUID(6, n).toString());
        field.put("label", "Phase");
        field.put("value", "Schematic design");
        field.put("description", "Project phase the activity belongs to");
        a.put("classId", new UUID(7, n).toString());
        a.put("class", "Design services");
        return a;
    }

    private static byte[] bytes(Object json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
