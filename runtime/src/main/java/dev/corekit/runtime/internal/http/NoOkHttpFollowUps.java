package dev.corekit.runtime.internal.http;

import java.io.IOException;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Keeps OkHttp from sending a request again on its own. Its {@code RetryAndFollowUpInterceptor}, which no setting turns
 * off, resends any request (a POST included) after {@code 503} with {@code Retry-After: 0} and after {@code 421} on a
 * coalesced HTTP/2 connection, after {@code 408} unless {@code retryOnConnectionFailure} is off, asks the
 * authenticators on {@code 401} and {@code 407}, follows redirects, and reads {@code Retry-After} as an {@code int} (a
 * {@code NumberFormatException} from 2^31 on). A network interceptor hides such a status from it; an application
 * interceptor puts it back before Feign sees the answer, so corekit's retry rules alone decide what is sent again.
 */
public final class NoOkHttpFollowUps {
    /** Every status {@code RetryAndFollowUpInterceptor.followUpRequest} acts on. */
    private static final Set<Integer> FOLLOWED = Set.of(300, 301, 302, 303, 307, 308, 401, 407, 408, 421, 503);

    /** A status OkHttp gives no meaning to, that still promises a body. */
    private static final int NEUTRAL = 299;

    private NoOkHttpFollowUps() {}

    /** Adds the two interceptors to {@code builder}. */
    public static OkHttpClient.Builder install(OkHttpClient.Builder builder) {
        return builder.addInterceptor(NoOkHttpFollowUps::restore).addNetworkInterceptor(NoOkHttpFollowUps::hide);
    }

    private static Response restore(Interceptor.Chain chain) throws IOException {
        HiddenStatus hidden = new HiddenStatus();
        Response response = chain.proceed(
                chain.request().newBuilder().tag(HiddenStatus.class, hidden).build());
        return hidden.code == 0
                ? response
                : response.newBuilder().code(hidden.code).build();
    }

    private static Response hide(Interceptor.Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        HiddenStatus hidden = chain.request().tag(HiddenStatus.class);
        if (hidden == null || !FOLLOWED.contains(response.code())) {
            return response;
        }
        hidden.code = response.code();
        return response.newBuilder().code(NEUTRAL).build();
    }

    /** The status hidden from OkHttp for one request; each request carries its own. */
    private static final class HiddenStatus {
        private volatile int code;
    }
}
