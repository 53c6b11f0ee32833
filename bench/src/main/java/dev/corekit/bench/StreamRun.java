package dev.corekit.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.corekit.client.Activity;
import dev.corekit.client.ActivityApi;
import dev.corekit.runtime.CoreJson;
import dev.corekit.runtime.CoreQuery;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One streaming run of {@link Streaming}, in a child JVM with a small heap: every activity of the list, in pages of
 * {@code size}, through corekit's generated {@code stream(...)} or by hand with raw OkHttp and Jackson (the floor).
 * Prints the records seen and the time from the first request to the last record. Args: {@code corekit|floor}, API
 * base, page size.
 */
final class StreamRun {
    static final String PREFIX = "streamed ";

    private StreamRun() {}

    public static void main(String[] args) throws IOException {
        String apiBase = args[1];
        int size = Integer.parseInt(args[2]);
        long start = System.nanoTime();
        long records = args[0].equals("corekit") ? corekit(apiBase, size) : floor(apiBase, size);
        long nanos = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "%s%d records in %d ns%n", PREFIX, records, nanos);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static long corekit(String apiBase, int size) {
        ActivityApi api = BenchClients.corekit(apiBase).api(ActivityApi.class);
        return api.stream(CoreQuery.all().withPage(0, size))
                .filter(a -> a.id() != null)
                .count();
    }

    /** Pages by hand, as a hand-written client would: until a page is shorter than asked. */
    private static long floor(String apiBase, int size) throws IOException {
        OkHttpClient client = new OkHttpClient();
        ObjectReader pageReader = CoreJson.mapper().readerFor(new TypeReference<List<Activity>>() {});
        long records = 0;
        for (int page = 0; ; page++) {
            Request request = new Request.Builder()
                    .url(apiBase + "/activity?page=" + page + "," + size)
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + BenchClients.ACCESS_TOKEN)
                    .build();
            List<Activity> activities;
            try (Response response = client.newCall(request).execute()) {
                if (response.code() != 200) {
                    throw new IOException("HTTP " + response.code() + " for page " + page);
                }
                activities = pageReader.readValue(response.body().byteStream());
            }
            records += activities.stream().filter(a -> a.id() != null).count();
            if (activities.size() < size) {
                return records;
            }
        }
    }
}
