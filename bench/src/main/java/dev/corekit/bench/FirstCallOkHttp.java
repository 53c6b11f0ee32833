package dev.corekit.bench;

import dev.corekit.client.Activity;
import dev.corekit.runtime.CoreJson;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A fresh JVM's first call through the floor: raw OkHttp, Jackson (corekit's mapper settings) reading the same {@code
 * Activity}; args: API base, id.
 */
final class FirstCallOkHttp {
    private FirstCallOkHttp() {}

    public static void main(String[] args) throws IOException {
        OkHttpClient client = new OkHttpClient();
        Request request = new Request.Builder()
                .url(args[0] + "/activity/" + args[1])
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + BenchClients.ACCESS_TOKEN)
                .build();
        try (Response response = client.newCall(request).execute()) {
            Activity activity = CoreJson.mapper()
                    .readerFor(Activity.class)
                    .readValue(response.body().byteStream());
            FirstCalls.report(activity.name());
        }
    }
}
