package dev.corekit.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.corekit.client.Activity;
import dev.corekit.client.ActivityApi;
import dev.corekit.runtime.CoreJson;
import dev.corekit.runtime.CoreQuery;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per call of corekit's generated {@code ActivityApi} against the floor a hand-written client reaches: raw
 * OkHttp (the version corekit calls through Feign) or the JDK's HttpClient, with Jackson reading the body bytes into
 * the same {@code Activity}. A {@link LoopbackHttpServer} answering precomputed bytes serves them, by default in a JVM
 * of its own ({@link ServerProcess}; {@code server=inline}: in this one), so that {@code -prof gc}'s allocation per
 * call ({@code gc.alloc.rate.norm}) is the client's alone. Each trial checks at its end that its client kept one TCP
 * connection and that the server answered exactly the calls made: a resent request or a new connection fails it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallBench {
    private static final String ACCESS_TOKEN = BenchClients.ACCESS_TOKEN;
    private static final CoreQuery PAGE_100 = CoreQuery.all().withPage(0, 100);
    private static final CoreQuery PAGE_1000 = CoreQuery.all().withPage(0, 1000);

    /** {@code process}: the server runs in a JVM of its own; {@code inline}: in this one. */
    @Param({"process"})
    public String server;

    private ServerProcess process;
    private LoopbackHttpServer inline;
    private String oneUrl;
    private String page100Url;
    private String page1000Url;
    /** Calls made in this trial, to hold against the requests the server answered. */
    private long calls;

    private ActivityApi corekit;
    OkHttpClient okHttp;
    private HttpClient jdk;
    private ObjectReader oneReader;
    private ObjectReader listReader;

    /** Starts the server and every client; corekit's tokens are stored directly, so no sign-in is needed. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        String apiBase;
        if (server.equals("inline")) {
            inline = new LoopbackHttpServer(new ActivityRoutes());
            apiBase = inline.baseUrl() + "/api";
        } else {
            process = ServerProcess.start();
            apiBase = process.apiBase();
        }
        oneUrl = apiBase + "/activity/" + ActivityRoutes.ID;
        page100Url = apiBase + "/activity?page=0,100";
        page1000Url = apiBase + "/activity?page=0,1000";
        corekit = BenchClients.corekit(apiBase).api(ActivityApi.class);
        okHttp = new OkHttpClient();
        jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // The floor reads with corekit's own mapper settings, from readers made once.
        oneReader = CoreJson.mapper().readerFor(Activity.class);
        listReader = CoreJson.mapper().readerFor(new TypeReference<List<Activity>>() {});
        calls = 0;
    }

    /**
     * Stops the server and checks what it saw.
     *
     * @throws IllegalStateException when the client opened more than one TCP connection or the server answered
     *     another number of requests than the calls made
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
        ServerProcess.Counts counts;
        if (inline != null) {
            counts = new ServerProcess.Counts(inline.accepted(), inline.requests());
            inline.close();
        } else {
            counts = process.stop();
        }
        checkOneConnection(counts, calls);
    }

    static void checkOneConnection(ServerProcess.Counts counts, long calls) {
        if (calls > 0 && (counts.accepted() != 1 || counts.requests() != calls)) {
            throw new IllegalStateException(
                    "the server accepted " + counts.accepted() + " TCP connections and answered " + counts.requests()
                            + " requests for " + calls + " calls; expected 1 connection, a request a call");
        }
    }

    @Benchmark
    public Activity corekitGet() {
        calls++;
        return corekit.get(ActivityRoutes.ID);
    }

    @Benchmark
    public List<Activity> corekitList100() {
        calls++;
        return corekit.list(PAGE_100);
    }

    @Benchmark
    public List<Activity> corekitList1000() {
        calls++;
        return corekit.list(PAGE_1000);
    }

    @Benchmark
    public Activity okHttpGet() throws IOException {
        return oneReader.readValue(okHttp(oneUrl));
    }

    @Benchmark
    public List<Activity> okHttpList100() throws IOException {
        return listReader.readValue(okHttp(page100Url));
    }

    @Benchmark
    public List<Activity> okHttpList1000() throws IOException {
        return listReader.readValue(okHttp(page1000Url));
    }

    /** The floor reading a page as corekit does: Jackson parses straight from the response stream, no byte copy. */
    @Benchmark
    public List<Activity> okHttpStreamList100() throws IOException {
        return okHttpStream(page100Url);
    }

    @Benchmark
    public List<Activity> okHttpStreamList1000() throws IOException {
        return okHttpStream(page1000Url);
    }

    @Benchmark
    public Activity jdkGet() throws IOException, InterruptedException {
        return oneReader.readValue(jdk(oneUrl));
    }

    @Benchmark
    public List<Activity> jdkList100() throws IOException, InterruptedException {
        return listReader.readValue(jdk(page100Url));
    }

    @Benchmark
    public List<Activity> jdkList1000() throws IOException, InterruptedException {
        return listReader.readValue(jdk(page1000Url));
    }

    private byte[] okHttp(String url) throws IOException {
        calls++;
        try (Response response = okHttp.newCall(okHttpRequest(url)).execute()) {
            return ok(response.code(), url, response.body().bytes());
        }
    }

    private List<Activity> okHttpStream(String url) throws IOException {
        calls++;
        try (Response response = okHttp.newCall(okHttpRequest(url)).execute()) {
            ok(response.code(), url, null);
            // Jackson closes the stream at the end of the value; OkHttp then discards what is left and keeps the
            // connection.
            return listReader.readValue(response.body().byteStream());
        }
    }

    private static Request okHttpRequest(String url) {
        return new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + ACCESS_TOKEN)
                .build();
    }

    private byte[] jdk(String url) throws IOException, InterruptedException {
        calls++;
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
