package dev.corekit.processor.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.net.http.HttpClient;

/**
 * The HTTP clients a user plugs into plain Feign; each builds a generated interface the way a user would, with no
 * corekit runtime wiring.
 */
enum Transport {
    /** Feign's java.net.http client ({@code feign-java11}), forced to HTTP/1.1 as the JDK server speaks no h2c. */
    JAVA11 {
        @Override
        Feign.Builder builder() {
            return Feign.builder()
                    .client(new Http2Client(HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .build()));
        }
    },
    /** Feign's default client over {@code HttpURLConnection}. */
    DEFAULT {
        @Override
        Feign.Builder builder() {
            return Feign.builder();
        }
    };

    /** The mapper a user would configure: every module on the class path, JSR-310 included. */
    static ObjectMapper mapper() {
        return new ObjectMapper().findAndRegisterModules();
    }

    abstract Feign.Builder builder();

    /** Builds {@code api} against {@code server}'s {@code /api} base path. */
    <T> T client(Class<T> api, RecordingServer server) {
        ObjectMapper mapper = mapper();
        return builder()
                .encoder(new JacksonEncoder(mapper))
                .decoder(new JacksonDecoder(mapper))
                .target(api, "http://127.0.0.1:" + server.port() + "/api");
    }
}
