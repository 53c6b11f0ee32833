package dev.corekit.bench;

import dev.corekit.client.Activity;
import dev.corekit.runtime.CoreJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A fresh JVM's first call through the JDK's HttpClient (HTTP/1.1), Jackson (corekit's mapper settings) reading the
 * same {@code Activity}; args: API base, id.
 */
final class FirstCallJdk {
    private FirstCallJdk() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(args[0] + "/activity/" + args[1]))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + BenchClients.ACCESS_TOKEN)
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            Activity activity = CoreJson.mapper().readerFor(Activity.class).readValue(body);
            FirstCalls.report(activity.name());
        }
    }
}
