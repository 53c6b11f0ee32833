package dev.corekit.samples;

import dev.corekit.client.Activity;
import dev.corekit.client.Core;
import dev.corekit.client.Employee;
import dev.corekit.client.Project;
import dev.corekit.client.TimeEntry;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.CoreApiException;
import dev.corekit.runtime.error.CoreBadRequestException;
import dev.corekit.runtime.error.CoreNotFoundException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the quick start does once logged in, the same against the sandbox and against CORE: it lists, creates,
 * updates and deletes an activity and a time entry, and streams a list page by page. Every call goes through the
 * clients generated for the catalogue ({@code core.activities()}, {@code core.timeEntries()}), and each step adds a
 * row to the report.
 */
final class Tour {
    /** The page size of the streamed list: small, so that the demo data spans several pages. */
    static final int PAGE_SIZE = 50;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Core core;
    private final PrintStream out;
    private final ReportTable table;
    private final Clock clock;

    Tour(Core core, PrintStream out, ReportTable table, Clock clock) {
        this.core = core;
        this.out = out;
        this.table = table;
        this.clock = clock;
    }

    /** {@code GET activity?orderBy=code&page=0,10}: the first call of a run, which refreshes the token if due. */
    void listActivities() {
        List<Activity> page = core.activities()
                .list(CoreQuery.builder().orderBy("code").page(0, 10).build());
        out.println("   GET    activity        " + page.size() + " on the first page");
        table.add("listed", "activity", null, page.size() + " on page 0: " + codes(page));
    }

    /** Creates, updates and deletes an activity and a time entry logged against it. */
    void createUpdateDelete() {
        byte[] suffix = new byte[2];
        RANDOM.nextBytes(suffix);
        String code = "QS-" + HexFormat.of().withUpperCase().formatHex(suffix);
        Activity created = core.activities()
                .create(Activity.builder()
                        .code(code)
                        .name("corekit quick start")
                        .description("Made by the corekit quick start; it deletes it again")
                        .billable(true)
                        .billRate(new BigDecimal("120.00"))
                        .build());
        out.println("   POST   activity        " + code + " -> id " + created.id());
        table.add("created", "activity", created.id(), "code " + code + ", bill rate " + money(created.billRate()));
        boolean activityDeleted = false;
        try {
            // toBuilder() keeps every field CORE sent, the version included: CORE refuses an update without it.
            Activity updated = core.activities()
                    .update(
                            created.id(),
                            created.toBuilder()
                                    .billRate(new BigDecimal("135.00"))
                                    .build());
            out.println("   PUT    activity        bill rate " + money(updated.billRate()));
            table.add(
                    "updated",
                    "activity",
                    updated.id(),
                    "bill rate " + money(created.billRate()) + " -> " + money(updated.billRate()));

            timeEntry(updated);

            core.activities().delete(created.id());
            activityDeleted = true;
            out.println("   DELETE activity        " + created.id());
            table.add("deleted", "activity", created.id(), "GET now answers " + statusOfGet(created.id(), true));
        } finally {
            if (!activityDeleted) {
                // A step failed: do not leave the quick start's activity behind.
                core.activities().delete(created.id());
            }
        }
    }

    private void timeEntry(Activity activity) {
        List<TimeEntry> longDays = core.timeEntries()
                .list(CoreQuery.builder()
                        .where("actualHours >= 6")
                        .orderBy("date", CoreQuery.Direction.DESC)
                        .page(0, 5)
                        .build());
        out.println("   GET    timeentry       " + longDays.size() + " of 6 hours or more (where, orderBy)");
        table.add(
                "listed",
                "time entry",
                null,
                longDays.size() + " with actualHours >= 6, newest first"
                        + (longDays.isEmpty() ? "" : " (the newest on " + day(longDays.get(0)) + ")"));

        Optional<Project> project = first(core.projects()
                .list(CoreQuery.builder().fields("id", "name").page(0, 1).build()));
        Optional<Employee> employee = first(core.employees()
                .list(CoreQuery.builder().fields("id", "displayName").page(0, 1).build()));
        if (project.isEmpty() || employee.isEmpty()) {
            table.add("skipped", "time entry", null, "create/update/delete: the company has no project or employee");
            return;
        }
        TimeEntry entry;
        try {
            entry = core.timeEntries()
                    .create(TimeEntry.builder()
                            .date(LocalDate.now(clock).atStartOfDay())
                            .activityId(activity.id())
                            .projectId(project.get().id())
                            .resourceId(employee.get().id())
                            .description("Trying corekit")
                            .actualHours(new BigDecimal("1.50"))
                            .billable(true)
                            .build());
        } catch (CoreBadRequestException e) {
            // A company of CORE's may ask for more (e.g. an assignment of the employee to the project).
            out.println("   POST   timeentry       refused: " + e.getMessage());
            table.add("refused", "time entry", null, "create: 400 from CORE, see above");
            return;
        }
        out.println("   POST   timeentry       " + hours(entry.actualHours()) + " h -> id " + entry.id());
        table.add(
                "created",
                "time entry",
                entry.id(),
                hours(entry.actualHours()) + " h of " + activity.code() + " on " + day(entry) + " for "
                        + project.get().name());
        boolean entryDeleted = false;
        try {
            TimeEntry updated = core.timeEntries()
                    .update(
                            entry.id(),
                            entry.toBuilder()
                                    .actualHours(new BigDecimal("2.25"))
                                    .description("Trying corekit, a little longer")
                                    .build());
            out.println("   PUT    timeentry       " + hours(updated.actualHours()) + " h");
            table.add(
                    "updated",
                    "time entry",
                    updated.id(),
                    "hours " + hours(entry.actualHours()) + " -> " + hours(updated.actualHours()));
            core.timeEntries().delete(entry.id());
            entryDeleted = true;
            out.println("   DELETE timeentry       " + entry.id());
            table.add("deleted", "time entry", entry.id(), "GET now answers " + statusOfGet(entry.id(), false));
        } finally {
            if (!entryDeleted) {
                core.timeEntries().delete(entry.id());
            }
        }
    }

    /** Streams every time entry, page after page, lazily; stops after {@code limit} without fetching more pages. */
    void streamTimeEntries(long limit) {
        CoreQuery query =
                CoreQuery.builder().orderBy("date").pageSize(PAGE_SIZE).build();
        ProgressLine progress = new ProgressLine(out, "time entries", PAGE_SIZE);
        BigDecimal hours;
        try (Stream<TimeEntry> all = core.timeEntries().stream(query)) {
            hours = all.limit(limit)
                    .peek(entry -> progress.received())
                    .map(entry -> entry.actualHours() == null ? BigDecimal.ZERO : entry.actualHours())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        progress.done();
        table.add(
                "streamed",
                "time entry",
                null,
                progress.count() + " in " + progress.pages() + " pages of up to " + PAGE_SIZE + ", " + hours(hours)
                        + " hours in all"
                        + (progress.count() == limit ? " (stopped at " + limit + "; no more pages fetched)" : ""));
    }

    /** What a GET of a deleted object answers: corekit turns CORE's 404 into a typed exception. */
    private String statusOfGet(UUID id, boolean activity) {
        try {
            if (activity) {
                core.activities().get(id);
            } else {
                core.timeEntries().get(id);
            }
            return "200: it is still there";
        } catch (CoreNotFoundException e) {
            return "404 (CoreNotFoundException)";
        } catch (CoreApiException e) {
            return e.status() + " (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static <T> Optional<T> first(List<T> page) {
        return page == null || page.isEmpty() ? Optional.empty() : Optional.ofNullable(page.get(0));
    }

    private static String codes(List<Activity> activities) {
        return activities.isEmpty()
                ? "none"
                : activities.stream()
                        .map(a -> a.code() == null ? "?" : a.code())
                        .collect(Collectors.joining(", "));
    }

    private static String day(TimeEntry entry) {
        return entry.date() == null ? "?" : entry.date().toLocalDate().toString();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "none" : String.format(Locale.ROOT, "%.2f", amount);
    }

    private static String hours(BigDecimal hours) {
        return hours == null ? "?" : String.format(Locale.ROOT, "%.2f", hours);
    }
}
