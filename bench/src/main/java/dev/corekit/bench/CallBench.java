package dev.corekit.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.corekit.client.Activity;
import dev.corekit.client.ActivityApi;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.http.CoreJson;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per call of corekit's generated {@code ActivityApi} against the floor a hand-written client reaches: raw
 * OkHttp (the version corekit calls through Feign) or the JDK's HttpClient, with Jackson reading the body bytes into
 * the same {@code Activity}. One loopback {@link ActivityServer} serves every client; {@code -prof gc} adds the
 * allocation per call ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallBench {
    private static final String ACCESS_TOKEN = "bench-access-token";
    private static final CoreQuery PAGE_100 = CoreQuery.all().withPage(0, 100);
    private static final CoreQuery PAGE_1000 = CoreQuery.all().withPage(0, 1000);

    private ActivityServer server;
    private ActivityApi corekit;
    private OkHttpClient okHttp;
    private HttpClient jdk;
    private ObjectReader oneReader;
    private ObjectReader listReader;

    /** Starts the server and every client; corekit's tokens are stored directly, so no sign-in is needed. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        server = new ActivityServer();
        CoreClient client = CoreClient.builder()
                .clientId("bench-client")
                .clientSecret("bench-secret")
                .redirectUri("http://127.0.0.1/callback")
                .scopes("readwrite:core", "offline_access")
                .apiBase(server.apiBase())
                .allowInsecureLoopback()
                .tokenStore(new InMemoryTokenStore())
                .build();
        Instant now = Instant.now();
        client.tokens()
                .store(new TokenSet(
                        ACCESS_TOKEN,
                        "bench-refresh-token",
                        "Bearer",
                        now,
                        now.plus(Duration.ofDays(1)),
                        Set.of("readwrite:core", "offline_access"),
                        null,
                        null));
        corekit = client.api(ActivityApi.class);
        okHttp = new OkHttpClient();
        jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // The floor reads with corekit's own mapper settings, from readers made once.
        oneReader = CoreJson.mapper().readerFor(Activity.class);
        listReader = CoreJson.mapper().readerFor(new TypeReference<List<Activity>>() {});
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
        server.close();
    }

    @Benchmark
    public Activity corekitGet() {
        return corekit.get(ActivityServer.ID);
    }

    @Benchmark
    public List<Activity> corekitList100() {
        return corekit.list(PAGE_100);
    }

    @Benchmark
    public List<Activity> corekitList1000() {
        return corekit.list(PAGE_1000);
    }

    @Benchmark
    public Activity okHttpGet() throws IOException {
        return oneReader.readValue(okHttp(server.apiBase() + "/activity/" + ActivityServer.ID));
    }

    @Benchmark
    public List<Activity> okHttpList100() throws IOException {
        return listReader.readValue(okHttp(server.apiBase() + "/activity?page=0,100"));
    }

    @Benchmark
    public List<Activity> okHttpList1000() throws IOException {
        return listReader.readValue(okHttp(server.apiBase() + "/activity?page=0,1000"));
    }

    @Benchmark
    public Activity jdkGet() throws IOException, InterruptedException {
        return oneReader.readValue(jdk(server.apiBase() + "/activity/" + ActivityServer.ID));
    }

    @Benchmark
    public List<Activity> jdkList100() throws IOException, InterruptedException {
        return listReader.readValue(jdk(server.apiBase() + "/activity?page=0,100"));
    }

    @Benchmark
    public List<Activity> jdkList1000() throws IOException, InterruptedException {
        return listReader.readValue(jdk(server.apiBase() + "/activity?page=0,1000"));
    }

    private byte[] okHttp(String url) throws IOException {
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + ACCESS_TOKEN)
                .build();
        try (Response response = okHttp.newCall(request).execute()) {
            return ok(response.code(), url, response.body().bytes());
        }
    }

    private byte[] jdk(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + ACCESS_TOKEN)
                .build();
        HttpResponse<byte[]> response = jdk.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return ok(response.statusCode(), url, response.body());
    }

    private static byte[] ok(int status, String url, byte[] body) throws IOException {
        if (status != 200) {
            throw new IOException("HTTP " + status + " from " + url);
        }
        return body;
    }
}
