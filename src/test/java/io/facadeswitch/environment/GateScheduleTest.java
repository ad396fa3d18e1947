package io.facadeswitch.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Windows allow, freezes deny, and deny wins; a closed gate says when it opens. */
class GateScheduleTest {

    private static final TimeWindow OFFICE = TimeWindow.parse("Mon-Fri 09:00-16:00 Europe/Berlin");
    private static final Freeze YEAR_END = new Freeze(Instant.parse("2026-12-19T23:00:00Z"), Instant.parse("2027-01-03T23:00:00Z"),
            "year end", false, "2026-12-20 00:00 to 2027-01-04 00:00 Europe/Berlin");

    private static Gate gate(List<TimeWindow> windows, List<Freeze> freezes, boolean emergency) {
        return new Gate(0, List.of(), Duration.ofHours(24), windows, freezes, emergency, null);
    }

    @Test
    void aGateWithoutWindowsOrFreezesIsAlwaysOpen() {
        GateSchedule.Decision decision = GateSchedule.decide(Gate.OPEN, Instant.parse("2026-12-06T03:00:00Z"));

        assertThat(decision.open()).isTrue();
        assertThat(decision.nextOpening()).isNull();
        assertThat(decision.describe()).isEqualTo("open: no window or freeze applies");
    }

    @Test
    void insideAWindowTheGateIsOpen() {
        GateSchedule.Decision decision = GateSchedule.decide(gate(List.of(OFFICE), List.of(), false),
                Instant.parse("2026-12-07T08:00:00Z"));

        assertThat(decision.open()).isTrue();
        assertThat(decision.describe()).isEqualTo("open: inside the windows Mon-Fri 09:00-16:00 Europe/Berlin");
    }

    @Test
    void onSaturdayTheNextOpeningIsMondayMorningInTheWindowsZone() {
        GateSchedule.Decision decision = GateSchedule.decide(gate(List.of(OFFICE), List.of(), false),
                Instant.parse("2026-12-05T10:00:00Z"));

        assertThat(decision.open()).isFalse();
        assertThat(decision.freeze()).isNull();
        assertThat(decision.nextOpening()).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(decision.describe()).isEqualTo("outside the windows Mon-Fri 09:00-16:00 Europe/Berlin;"
                + " next opening 2026-12-07 09:00 Europe/Berlin (2026-12-07T08:00:00Z)");
    }

    @Test
    void atTheEndOfFridaysWindowTheNextOpeningIsMonday() {
        GateSchedule.Decision decision = GateSchedule.decide(gate(List.of(OFFICE), List.of(), false),
                Instant.parse("2026-12-04T15:00:00Z"));

        assertThat(decision.open()).isFalse();
        assertThat(decision.nextOpening()).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
    }

    @Test
    void aFreezeInsideAnOpenWindowRefuses() {
        // Monday 2026-12-21 10:00 Berlin: inside the window, inside the freeze.
        GateSchedule.Decision decision = GateSchedule.decide(gate(List.of(OFFICE), List.of(YEAR_END), true),
                Instant.parse("2026-12-21T09:00:00Z"));

        assertThat(decision.open()).isFalse();
        assertThat(decision.freeze()).isEqualTo(YEAR_END);
        assertThat(decision.emergencyAllowed()).as("the freeze forbids overrides").isFalse();
        assertThat(decision.describe()).startsWith("frozen until 2027-01-03T23:00:00Z (year end; freeze 2026-12-20 00:00 to"
                        + " 2027-01-04 00:00 Europe/Berlin)")
                .contains("this freeze allows no emergency override");
    }

    @Test
    void afterAFreezeTheNextOpeningIsTheFirstWindowAfterIt() {
        GateSchedule.Decision decision = GateSchedule.decide(gate(List.of(OFFICE), List.of(YEAR_END), false),
                Instant.parse("2026-12-21T09:00:00Z"));

        assertThat(decision.nextOpening()).isEqualTo(Instant.parse("2027-01-04T08:00:00Z"));
        assertThat(decision.describe()).contains("next opening 2027-01-04 09:00 Europe/Berlin (2027-01-04T08:00:00Z)");
    }

    @Test
    void aFreezeEndingInsideAWindowOpensTheGateWhenItEnds() {
        Freeze morning = new Freeze(Instant.parse("2026-12-09T08:00:00Z"), Instant.parse("2026-12-09T11:00:00Z"), null, true,
                "2026-12-09 09:00 to 2026-12-09 12:00 Europe/Berlin");

        GateSchedule.Decision decision = GateSchedule.decide(gate(List.of(OFFICE), List.of(morning), false),
                Instant.parse("2026-12-09T09:00:00Z"));

        assertThat(decision.nextOpening()).isEqualTo(Instant.parse("2026-12-09T11:00:00Z"));
    }

    @Test
    void withoutWindowsAFreezeClosesTheGateUntilItEnds() {
        GateSchedule.Decision decision = GateSchedule.decide(gate(List.of(), List.of(YEAR_END), false),
                Instant.parse("2026-12-25T12:00:00Z"));

        assertThat(decision.open()).isFalse();
        assertThat(decision.nextOpening()).isEqualTo(YEAR_END.to());
        assertThat(decision.describe()).contains("next opening 2027-01-03T23:00:00Z");
    }

    @Test
    void theMomentAFreezeEndsTheGateIsOpenAgain() {
        assertThat(GateSchedule.decide(gate(List.of(), List.of(YEAR_END), false), YEAR_END.to()).open()).isTrue();
        assertThat(GateSchedule.decide(gate(List.of(), List.of(YEAR_END), false), YEAR_END.from()).open()).isFalse();
    }

    @Test
    void outsideTheWindowsAnEmergencyOverrideIsAllowedWhereTheGateAllowsIt() {
        Instant saturday = Instant.parse("2026-12-05T10:00:00Z");

        assertThat(GateSchedule.decide(gate(List.of(OFFICE), List.of(), true), saturday).emergencyAllowed()).isTrue();
        assertThat(GateSchedule.decide(gate(List.of(OFFICE), List.of(), false), saturday).emergencyAllowed()).isFalse();
        assertThat(GateSchedule.decide(gate(List.of(OFFICE), List.of(), true), saturday).describe())
                .endsWith("; an --emergency override with a reason is allowed");
    }

    @Test
    void aFreezeThatAllowsOverridesLetsAnEmergencyThrough() {
        Freeze soft = new Freeze(YEAR_END.from(), YEAR_END.to(), "year end", true, YEAR_END.text());

        GateSchedule.Decision decision = GateSchedule.decide(gate(List.of(), List.of(soft), true), Instant.parse("2026-12-25T12:00:00Z"));

        assertThat(decision.emergencyAllowed()).isTrue();
    }

    @Test
    void ofTwoFreezesTheOneThatForbidsOverridesExplainsTheRefusal() {
        Freeze soft = new Freeze(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z"), "audit", true,
                "2026-12-01 00:00 to 2027-02-01 00:00 UTC");

        GateSchedule.Decision decision = GateSchedule.decide(gate(List.of(), List.of(soft, YEAR_END), true),
                Instant.parse("2026-12-25T12:00:00Z"));

        assertThat(decision.freeze()).isEqualTo(YEAR_END);
        assertThat(decision.emergencyAllowed()).isFalse();
        assertThat(decision.nextOpening()).isEqualTo(Instant.parse("2027-02-01T00:00:00Z"));
    }

    @Test
    void aGateFrozenBeyondTheHorizonHasNoNextOpening() {
        Freeze moratorium = new Freeze(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2028-06-01T00:00:00Z"), "moratorium", true,
                "2026-01-01 00:00 to 2028-06-01 00:00 UTC");

        GateSchedule.Decision decision = GateSchedule.decide(gate(List.of(OFFICE), List.of(moratorium), false),
                Instant.parse("2026-12-07T09:00:00Z"));

        assertThat(decision.open()).isFalse();
        assertThat(decision.nextOpening()).isNull();
        assertThat(decision.describe()).contains("no opening in the next 400 days");
    }

    @Test
    void aWindowStartingInTheSkippedHourOpensWhenTheClocksHaveMovedOn() {
        // 2026-03-29 in Berlin there is no 02:30: the window opens at 03:30 CEST (01:30 UTC).
        TimeWindow skipped = TimeWindow.parse("daily 02:30-04:00 Europe/Berlin");

        GateSchedule.Decision decision = GateSchedule.decide(gate(List.of(skipped), List.of(), false),
                Instant.parse("2026-03-29T00:00:00Z"));

        assertThat(decision.nextOpening()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }
}
