package dev.corekit.runtime.internal.http;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.time.Clock;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Sets {@code Authorization: Bearer <access token>} and {@code X-UTC-OFFSET} on every attempt of every call. Feign
 * runs interceptors again before each retry, and each run replaces the earlier values, so a replay after a refresh
 * carries exactly one {@code Authorization} header, with the new token.
 *
 * <p>One interceptor serves every connection of an app: the token is that of the connection of the request's
 * {@link EndpointTarget}, which sets it together with the API base of the same token set.
 */
public final class CoreRequestInterceptor implements RequestInterceptor {
    static final String UTC_OFFSET_HEADER = "X-UTC-OFFSET";

    private final UtcOffset utcOffset;
    private final Clock clock;

    public CoreRequestInterceptor(UtcOffset utcOffset, Clock clock) {
        this.utcOffset = Objects.requireNonNull(utcOffset, "utcOffset");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws IllegalStateException when the template's target is not an {@link EndpointTarget}: its connection would
     *     be unknown
     */
    @Override
    public void apply(RequestTemplate template) {
        if (!(template.feignTarget() instanceof EndpointTarget<?> target)) {
            throw new IllegalStateException("corekit requests go to an EndpointTarget, not " + template.feignTarget());
        }
        target.authorize(template);
        template.removeHeader(UTC_OFFSET_HEADER);
        String offset = utcOffset();
        if (offset != null) {
            template.headerLiteral(UTC_OFFSET_HEADER, offset);
        }
    }

    /** The {@code X-UTC-OFFSET} value for a request sent now, or {@code null} when none is sent. */
    String utcOffset() {
        OptionalInt minutes = utcOffset.minutesAt(clock.instant());
        return minutes.isPresent() ? Integer.toString(minutes.getAsInt()) : null;
    }
}
