package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.http.SandboxRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sandbox's model of the seed's rule that CORE reads the caller's time zone from {@code X-UTC-OFFSET} and assumes
 * Pacific Standard Time ({@code -480}) without it: the server's "today" is the caller's local date. Stored
 * date-times ({@code createdOn}, {@code lastUpdated}) stay UTC, as CORE documents; what follows the caller's day is a
 * time or expense entry created without a {@code date}, which gets the caller's date at midnight.
 */
final class CallerDay {
    /** The collections whose objects default their {@code date} to the caller's today. */
    static final Set<String> DATED = caseless(Set.of("timeentry", "expenseentry"));

    private final LocalDate today;

    private CallerDay(LocalDate today) {
        this.today = today;
    }

    /**
     * The caller's day at {@code now}, by the request's offset.
     *
     * @throws ApiException {@code 400} when {@code X-UTC-OFFSET} is not a whole number from {@code -720} to {@code 840}
     */
    static CallerDay of(SandboxRequest request, Instant now) {
        int minutes = request.utcOffsetMinutes()
                .orElseThrow(() -> CoreErrors.badRequest("X-UTC-OFFSET '" + request.header("X-UTC-OFFSET")
                        + "' is not the caller's offset from UTC: send whole minutes east of UTC from -720 to 840,"
                        + " e.g. -480 for Pacific Standard Time."));
        return new CallerDay(LocalDate.ofInstant(now, ZoneOffset.ofTotalSeconds(minutes * 60)));
    }

    /** {@code body} with {@code date} set to today at midnight when the resource is dated and the body has none. */
    ObjectNode withDefaultDate(Catalogue.Resource resource, ObjectNode body) {
        JsonNode date = body.get("date");
        if (!DATED.contains(resource.path()) || (date != null && !date.isNull())) {
            return body;
        }
        ObjectNode dated = body.deepCopy();
        dated.put("date", today + "T00:00:00");
        return dated;
    }

    private static Set<String> caseless(Set<String> paths) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(paths);
        return Collections.unmodifiableSet(set);
    }
}
