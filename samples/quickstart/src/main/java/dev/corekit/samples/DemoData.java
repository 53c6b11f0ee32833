package dev.corekit.samples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.api.CompanyData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The demo company's data in the embedded sandbox: a few activities, a project, an employee, and enough time entries
 * for several pages. It goes straight into the sandbox's store (its seeding API, not CORE's), once: the sandbox keeps
 * it in its state file for the next runs.
 */
final class DemoData {
    static final int TIME_ENTRIES = 230;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter CORE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'00:00:00");

    private DemoData() {}

    /** Seeds what is missing; returns what was seeded, or empty when the company had it already. */
    static Optional<String> seed(CoreSandbox sandbox, String company, Clock clock) {
        CompanyData data = sandbox.api().company(company);
        if (!data.list("timeentry").isEmpty()) {
            return Optional.empty();
        }
        List<ObjectNode> activities = List.of(
                activity("DEV", "Development", 150),
                activity("DOC", "Documentation", 95),
                activity("PM", "Project management", 130),
                activity("QA", "Testing", 110));
        List<ObjectNode> stored =
                activities.stream().map(a -> data.put("activity", a)).toList();
        ObjectNode project = data.put(
                "project", JSON.objectNode().put("name", "Website relaunch").put("code", "WEB-01"));
        ObjectNode employee = data.put(
                "employee",
                JSON.objectNode()
                        .put("displayName", "Demo User")
                        .put("firstName", "Demo")
                        .put("lastName", "User"));
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < TIME_ENTRIES; i++) {
            ObjectNode activity = stored.get(i % stored.size());
            data.put(
                    "timeentry",
                    JSON.objectNode()
                            .put("date", today.minusDays(TIME_ENTRIES - i).format(CORE_DATE))
                            .put("activityId", activity.get("id").asText())
                            .put("activity", activity.get("code").asText())
                            .put("projectId", project.get("id").asText())
                            .put("project", "Website relaunch")
                            .put("resourceId", employee.get("id").asText())
                            .put("resource", "Demo User")
                            .put("description", "Demo entry " + (i + 1))
                            .put("actualHours", 1 + (i * 7 % 15) * 0.5)
                            .put("billable", i % 5 != 0));
        }
        return Optional.of(stored.size() + " activities, a project, an employee and " + TIME_ENTRIES + " time entries");
    }

    private static ObjectNode activity(String code, String name, double billRate) {
        return JSON.objectNode()
                .put("code", code)
                .put("name", name)
                .put("billable", true)
                .put("billRate", billRate)
                .put("isActive", true);
    }
}
