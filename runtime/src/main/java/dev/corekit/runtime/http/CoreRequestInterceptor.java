package dev.corekit.runtime.http;

import dev.corekit.runtime.token.TokenManager;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.time.Clock;
import java.util.OptionalInt;

/**
 * Sets {@code Authorization: Bearer <access token>} and {@code X-UTC-OFFSET} on every attempt of every call. Feign
 * runs interceptors again before each retry, and each run replaces the earlier values, so a replay after a refresh
 * carries exactly one {@code Authorization} header, with the new token.
 */
public final class CoreRequestInterceptor implements RequestInterceptor {
    static final String UTC_OFFSET_HEADER = "X-UTC-OFFSET";

    private final TokenManager tokens;
    private final UtcOffset utcOffset;
    private final Clock clock;

    public CoreRequestInterceptor(TokenManager tokens, UtcOffset utcOffset, Clock clock) {
        this.tokens = tokens;
        this.utcOffset = utcOffset;
        this.clock = clock;
    }

    @Override
    public void apply(RequestTemplate template) {
        String accessToken = tokens.current().accessToken();
        template.removeHeader("Authorization");
        template.header("Authorization", "Bearer " + accessToken);
        template.removeHeader(UTC_OFFSET_HEADER);
        OptionalInt minutes = utcOffset.minutesAt(clock.instant());
        if (minutes.isPresent()) {
            template.header(UTC_OFFSET_HEADER, Integer.toString(minutes.getAsInt()));
        }
    }
}
