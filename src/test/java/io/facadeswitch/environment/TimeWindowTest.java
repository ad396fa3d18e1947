package io.facadeswitch.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Windows are read in their own zone: local edges, weekends, overnight windows and daylight saving days. */
class TimeWindowTest {

    private static final TimeWindow OFFICE = TimeWindow.parse("Mon-Fri 09:00-16:00 Europe/Berlin");

    @Test
    void aWindowIsReadAsDaysTimesAndZone() {
        assertThat(OFFICE.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(OFFICE.from()).isEqualTo(LocalTime.of(9, 0));
        assertThat(OFFICE.to()).isEqualTo(LocalTime.of(16, 0));
        assertThat(OFFICE.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(OFFICE.text()).isEqualTo("Mon-Fri 09:00-16:00 Europe/Berlin");
    }

    @Test
    void theStartIsInsideTheWindowAndTheEndIsNot() {
        // Monday 2026-12-07, Berlin is at UTC+1 in winter.
        assertThat(OFFICE.contains(Instant.parse("2026-12-07T07:59:59Z"))).isFalse();
        assertThat(OFFICE.contains(Instant.parse("2026-12-07T08:00:00Z"))).isTrue();
        assertThat(OFFICE.contains(Instant.parse("2026-12-07T14:59:59Z"))).isTrue();
        assertThat(OFFICE.contains(Instant.parse("2026-12-07T15:00:00Z"))).isFalse();
    }

    @Test
    void aWeekdayWindowIsClosedAtTheWeekend() {
        assertThat(OFFICE.contains(Instant.parse("2026-12-05T10:00:00Z"))).isFalse();
        assertThat(OFFICE.contains(Instant.parse("2026-12-06T10:00:00Z"))).isFalse();
    }

    @Test
    void anOvernightWindowOpensOnTheDayNamedAndClosesTheNextMorning() {
        TimeWindow nights = TimeWindow.parse("Mon,Wed,Sat 22:00-02:00 UTC");

        assertThat(nights.contains(Instant.parse("2026-12-07T21:59:59Z"))).as("Monday before 22:00").isFalse();
        assertThat(nights.contains(Instant.parse("2026-12-07T22:00:00Z"))).as("Monday 22:00").isTrue();
        assertThat(nights.contains(Instant.parse("2026-12-08T01:59:59Z"))).as("Tuesday early, Monday's night").isTrue();
        assertThat(nights.contains(Instant.parse("2026-12-08T02:00:00Z"))).as("Tuesday 02:00").isFalse();
        assertThat(nights.contains(Instant.parse("2026-12-08T22:30:00Z"))).as("Tuesday night is not named").isFalse();
        assertThat(nights.contains(Instant.parse("2026-12-06T01:00:00Z"))).as("Sunday early, Saturday's night").isTrue();
        assertThat(nights.contains(Instant.parse("2026-12-07T01:00:00Z"))).as("Monday early, Sunday's night").isFalse();
    }

    @Test
    void aWholeDayWindowRunsToMidnight() {
        TimeWindow always = TimeWindow.parse("daily 00:00-24:00 UTC");

        assertThat(always.contains(Instant.parse("2026-12-07T00:00:00Z"))).isTrue();
        assertThat(always.contains(Instant.parse("2026-12-07T23:59:59Z"))).isTrue();
        assertThat(always.days()).hasSize(7);
    }

    @Test
    void aRangeOfDaysMayWrapOverTheWeekend() {
        assertThat(TimeWindow.parse("Fri-Mon 10:00-12:00 UTC").days())
                .containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
    }

    @Test
    void afterTheSpringChangeOfficeHoursStartAnHourEarlierInUtc() {
        // Monday 2026-03-30, the day after Berlin moved to UTC+2.
        assertThat(OFFICE.contains(Instant.parse("2026-03-30T06:59:59Z"))).isFalse();
        assertThat(OFFICE.contains(Instant.parse("2026-03-30T07:00:00Z"))).isTrue();
        assertThat(OFFICE.contains(Instant.parse("2026-03-30T13:59:59Z"))).isTrue();
        assertThat(OFFICE.contains(Instant.parse("2026-03-30T14:00:00Z"))).isFalse();
    }

    @Test
    void onTheSpringChangeDayAWindowAcrossTheSkippedHourIsOneHourShorter() {
        // 2026-03-29: Berlin's clocks go from 02:00 CET straight to 03:00 CEST (01:00 UTC).
        TimeWindow early = TimeWindow.parse("daily 01:00-04:00 Europe/Berlin");

        assertThat(early.contains(Instant.parse("2026-03-28T23:59:59Z"))).as("00:59:59 CET").isFalse();
        assertThat(early.contains(Instant.parse("2026-03-29T00:00:00Z"))).as("01:00 CET").isTrue();
        assertThat(early.contains(Instant.parse("2026-03-29T01:00:00Z"))).as("03:00 CEST").isTrue();
        assertThat(early.contains(Instant.parse("2026-03-29T01:59:59Z"))).as("03:59:59 CEST").isTrue();
        assertThat(early.contains(Instant.parse("2026-03-29T02:00:00Z"))).as("04:00 CEST").isFalse();
    }

    @Test
    void aWindowWithoutTimesIsRefusedWithAnExample() {
        assertThatThrownBy(() -> TimeWindow.parse("Mon-Fri 9-16 Europe/Berlin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DAYS HH:MM-HH:MM ZONE")
                .hasMessageContaining("\"Mon-Fri 09:00-16:00 Europe/Berlin\"");
    }

    @Test
    void aMisspeltDayIsRefusedWithTheDayNames() {
        assertThatThrownBy(() -> TimeWindow.parse("Mon-Fry 09:00-16:00 UTC"))
                .hasMessageContaining("'Mon-Fry' are not days")
                .hasMessageContaining("Mon Tue Wed Thu Fri Sat Sun");
    }

    @Test
    void anHourPast23IsRefused() {
        assertThatThrownBy(() -> TimeWindow.parse("daily 25:00-26:00 UTC")).hasMessageContaining("'25:00' is not a time of day");
    }

    @Test
    void anUnknownZoneIsRefused() {
        assertThatThrownBy(() -> TimeWindow.parse("daily 09:00-10:00 Europe/Berlln"))
                .hasMessageContaining("unknown time zone 'Europe/Berlln'");
    }

    @Test
    void aWindowThatOpensAndClosesAtOnceIsRefused() {
        assertThatThrownBy(() -> TimeWindow.parse("daily 10:00-10:00 UTC")).hasMessageContaining("never open");
    }
}
