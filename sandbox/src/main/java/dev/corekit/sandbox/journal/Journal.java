package dev.corekit.sandbox.journal;

import dev.corekit.sandbox.http.SandboxRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Every request the sandbox received, in order, for tests to read. */
public final class Journal {
    /** Pacific Standard Time, which CORE assumes when a request has no {@code X-UTC-OFFSET}. */
    public static final int DEFAULT_UTC_OFFSET_MINUTES = SandboxRequest.DEFAULT_UTC_OFFSET_MINUTES;

    private final List<JournalEntry> entries = Collections.synchronizedList(new ArrayList<>());

    /** An empty journal; each {@link dev.corekit.sandbox.CoreSandbox} records into its own. */
    public Journal() {}

    /**
     * A copy of every entry so far.
     *
     * @return the matching entries, in order
     */
    public List<JournalEntry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    /**
     * The entries whose path ends with {@code suffix}, e.g. {@code "/connect/token"} or {@code "/activity"}.
     *
     * @param pathSuffix the end of the path, e.g. {@code "/connect/token"}
     * @return the matching entries, in order
     */
    public List<JournalEntry> entries(String pathSuffix) {
        return filter(e -> e.path().endsWith(pathSuffix));
    }

    /**
     * {@return the entries that match {@code predicate}, in order}
     *
     * @param predicate which entries to keep
     */
    public List<JournalEntry> filter(Predicate<JournalEntry> predicate) {
        return entries().stream().filter(predicate).toList();
    }

    /** {@return the most recent entry, or {@code null}} */
    public JournalEntry last() {
        synchronized (entries) {
            return entries.isEmpty() ? null : entries.get(entries.size() - 1);
        }
    }

    /** Forgets every entry so far. */
    public void clear() {
        entries.clear();
    }

    /**
     * Records {@code request}, answered with {@code status}; never throws, whatever the request held.
     *
     * @param at when the request was answered
     * @param request the request, as read
     * @param status the status sent, {@code 0} when none was
     */
    // Public for the sandbox's own router; SandboxRequest is its plumbing, which the module does not export.
    @SuppressWarnings("exports")
    public void record(Instant at, SandboxRequest request, int status) {
        SecretMask mask =
                new SecretMask(request.path().equals("/idp") || request.path().startsWith("/idp/"));
        Map<String, List<String>> headers = new TreeMap<>();
        request.headers().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            List<String> masked = new ArrayList<>();
            for (String value : values) {
                masked.add(key.equals("authorization") ? maskAuthorization(value) : value);
            }
            headers.merge(key, masked, (a, b) -> {
                List<String> all = new ArrayList<>(a);
                all.addAll(b);
                return all;
            });
        });
        String offsetHeader = request.header("X-UTC-OFFSET");
        OptionalInt applied = request.utcOffsetMinutes();
        Integer offset = applied.isPresent() ? applied.getAsInt() : null;
        entries.add(new JournalEntry(
                at,
                request.method(),
                request.path(),
                mask.pairs(request.rawQuery()),
                Collections.unmodifiableMap(headers),
                mask.body(request.bodyTextIfRead()),
                status,
                offset,
                offsetHeader));
    }

    private static String maskAuthorization(String value) {
        int space = value.indexOf(' ');
        return space < 0 ? "***" : value.substring(0, space) + " ***";
    }
}
