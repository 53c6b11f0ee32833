package dev.corekit.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@code X-UTC-OFFSET} is minutes east of UTC at the request's instant. */
class UtcOffsetTest {
    private static final Instant JANUARY = Instant.parse("2025-01-15T12:00:00Z");
    private static final Instant JULY = Instant.parse("2025-07-15T12:00:00Z");

    @Test
    void losAngelesFollowsDaylightSavingTime() {
        UtcOffset offset = UtcOffset.of(ZoneId.of("America/Los_Angeles"));

        assertThat(offset.minutesAt(JANUARY)).hasValue(-480);
        assertThat(offset.minutesAt(JULY)).hasValue(-420);
    }

    @Test
    void theSwitchHappensAtTheInstantOfTheTransition() {
        UtcOffset offset = UtcOffset.of(ZoneId.of("America/Los_Angeles"));
        // 2025-03-09 02:00 PST is 10:00 UTC.
        Instant transition = Instant.parse("2025-03-09T10:00:00Z");

        assertThat(offset.minutesAt(transition.minusSeconds(1))).hasValue(-480);
        assertThat(offset.minutesAt(transition)).hasValue(-420);
    }

    @Test
    void halfAndQuarterHourZones() {
        assertThat(UtcOffset.of(ZoneId.of("Asia/Kolkata")).minutesAt(JULY)).hasValue(330);
        assertThat(UtcOffset.of(ZoneId.of("Asia/Kathmandu")).minutesAt(JANUARY)).hasValue(345);
        assertThat(UtcOffset.of(ZoneId.of("America/St_Johns")).minutesAt(JANUARY))
                .hasValue(-210);
    }

    @Test
    void aFixedOffsetIgnoresTheInstant() {
        UtcOffset offset = UtcOffset.fixed(ZoneOffset.ofHoursMinutes(-3, -30));

        assertThat(offset.minutesAt(JANUARY)).hasValue(-210);
        assertThat(offset.minutesAt(JULY)).hasValue(-210);
        assertThat(UtcOffset.fixed(ZoneOffset.UTC).minutesAt(JULY)).hasValue(0);
    }

    @Test
    void noneSendsNothing() {
        assertThat(UtcOffset.none().minutesAt(JANUARY)).isEqualTo(OptionalInt.empty());
    }
}
