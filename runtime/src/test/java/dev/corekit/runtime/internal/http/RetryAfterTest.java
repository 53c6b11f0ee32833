package dev.corekit.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code Retry-After} as delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
class RetryAfterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-27T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void deltaSeconds() {
        assertThat(RetryAfter.parse("2", CLOCK)).contains(Duration.ofSeconds(2));
        assertThat(RetryAfter.parse(" 3600 ", CLOCK)).contains(Duration.ofHours(1));
        assertThat(RetryAfter.parse("0", CLOCK)).contains(Duration.ZERO);
    }

    @Test
    void anHttpDateIsTheTimeUntilThen() {
        assertThat(RetryAfter.parse("Thu, 27 Nov 2025 08:00:05 GMT", CLOCK)).contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse("Thu, 27 Nov 2025 09:00:00 GMT", CLOCK)).contains(Duration.ofHours(1));
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(RetryAfter.parse("Wed, 26 Nov 2025 08:00:00 GMT", CLOCK)).contains(Duration.ZERO);
    }

    @Test
    void anEnormousNumberIsCappedNotAnError() {
        assertThat(RetryAfter.parse("99999999999999999999999", CLOCK))
                .hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofDays(365)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "soon", "-5", "1.5", "2 s", "27 Nov 2025"})
    void anythingElseIsIgnored(String header) {
        assertThat(RetryAfter.parse(header, CLOCK)).isEmpty();
    }
}
