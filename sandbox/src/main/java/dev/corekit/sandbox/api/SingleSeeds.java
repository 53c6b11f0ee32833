package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.SandboxCompany;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The starting content of the single objects ({@code kind single}): {@code company} from the configured company, and
 * {@code setting/timeexpense} with permissive settings (no memo required, nothing auto-approved). Every catalogue field is present; a single object whose
 * catalogue row has the base fields ({@code id}, {@code createdOn}, ...) gets them too.
 */
final class SingleSeeds {
    private SingleSeeds() {}

    static ObjectNode seed(Catalogue.Resource resource, SandboxCompany company, ServerFields fields) {
        ObjectNode seeded = ApiJson.object();
        // Plausible values first, in catalogue order; fields without one are null, as CORE sends unset fields.
        Map<String, Object> values = switch (resource.path()) {
            case "company" -> companyValues(company);
            case "setting/timeexpense" -> timeExpenseValues();
            default -> Map.of();
        };
        for (String name : resource.fields().keySet()) {
            if (ServerFields.isManaged(resource, name)) {
                continue;
            }
            Object value = values.get(name);
            if (value instanceof String text) {
                seeded.put(name, text);
            } else if (value instanceof Boolean flag) {
                seeded.put(name, flag);
            } else if (value instanceof Integer number) {
                seeded.put(name, number);
            } else if (value instanceof BigDecimal number) {
                seeded.put(name, number);
            } else if (value instanceof List<?> list && list.isEmpty()) {
                seeded.putArray(name);
            } else {
                seeded.putNull(name);
            }
        }
        if (resource.hasField("id") && resource.hasField("createdOn")) {
            String id = UUID.nameUUIDFromBytes(("corekit-sandbox-" + resource.path() + ":" + company.id())
                            .getBytes(StandardCharsets.UTF_8))
                    .toString();
            return fields.created(resource, id, seeded, ServerFields.SYSTEM_USER);
        }
        return seeded;
    }

    private static Map<String, Object> companyValues(SandboxCompany company) {
        return Map.ofEntries(
                Map.entry("name", company.name()),
                Map.entry("addressLine1", "100 Sandbox Way"),
                Map.entry("addressLine2", ""),
                Map.entry("city", "Springfield"),
                Map.entry("stateCode", "CA"),
                Map.entry("zip", "90001"),
                Map.entry("country", "United States"),
                Map.entry("fiscalStartDay", 1),
                Map.entry("fiscalStartMonth", 1),
                Map.entry("fiscalEndDay", 31),
                Map.entry("fiscalEndMonth", 12),
                Map.entry("taxNumber", ""),
                Map.entry("employerCode", ""),
                Map.entry("phone", "(310) 555-0100"),
                Map.entry("fax", ""),
                Map.entry("email", "office@" + company.id() + ".example"),
                Map.entry("uri", "https://" + company.id() + ".example"),
                Map.entry("currency", "USD"),
                Map.entry(
                        "currencyId",
                        UUID.nameUUIDFromBytes("corekit-sandbox-currency:USD".getBytes(StandardCharsets.UTF_8))
                                .toString()),
                Map.entry("cultureCode", "en-US"),
                Map.entry("companyId", company.id()),
                Map.entry("customFields", List.of()),
                Map.entry("useAccountingPeriods", false));
    }

    private static Map<String, Object> timeExpenseValues() {
        return Map.ofEntries(
                Map.entry("skipEntryEvaluation", false),
                Map.entry("evaluateEntryBillableStatusOnValue", false),
                Map.entry("createAllocationEntryOnPtoApproval", false),
                Map.entry("displayPTOProject", false),
                Map.entry("addEntryMemosToJournal", false),
                Map.entry("smallestIncrement", new BigDecimal("0.01")),
                Map.entry("smallestStartStopIncrement", 1),
                Map.entry("ignoreSaveDeleteTimeEntryOlderThan", 0),
                Map.entry("ignoreSaveDeleteTimeEntryNewerThan", 0),
                Map.entry("applySmallestIncrementBillableHoursOnly", false),
                Map.entry("timeEntryMemoRequired", false),
                Map.entry("projectAutoApproveTimeEntries", false),
                Map.entry("employeeAutoApproveTime", false),
                Map.entry("allowNegativeTimeEntry", false),
                Map.entry("allowZeroHourTimeEntry", true),
                Map.entry("adjustStopTime", false),
                Map.entry("timeEntryRejectionMemoRequired", false),
                Map.entry("ignoreSaveDeleteExpenseEntryOlderThan", 0),
                Map.entry("ignoreSaveDeleteExpenseEntryNewerThan", 0),
                Map.entry("expenseEntryMemoRequired", false),
                Map.entry("projectAutoApproveExpenseEntries", false),
                Map.entry("employeeAutoApproveExpense", false),
                Map.entry("expenseEntryRejectionMemoRequired", false));
    }
}
