package io.facadeswitch.environment;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a gate's windows and freezes let a step run now, and when they next will. A freeze
 * denies whatever the windows allow; a gate with no windows is open whenever no freeze covers
 * the moment. Rollback is never asked about: it is the way out, so callers do not gate it.
 */
public final class GateSchedule {

    /** How far ahead {@link #decide} looks for the next opening. */
    public static final Duration HORIZON = Duration.ofDays(400);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private GateSchedule() {
    }

    public static Decision decide(Gate gate, Instant now) {
        List<Freeze> covering = gate.freezes().stream().filter(freeze -> freeze.covers(now)).toList();
        if (covering.isEmpty() && inWindows(gate, now)) {
            return new Decision(true, null, null, gate.emergency(), gate.windows());
        }
        // The strictest freeze explains the refusal: one that forbids an override, else the one that lasts longest.
        Freeze freeze = covering.stream()
                .max(Comparator.comparing((Freeze f) -> !f.emergency()).thenComparing(Freeze::to))
                .orElse(null);
        boolean emergencyAllowed = gate.emergency() && covering.stream().allMatch(Freeze::emergency);
        return new Decision(false, freeze, nextOpening(gate, now), emergencyAllowed, gate.windows());
    }

    private static boolean open(Gate gate, Instant instant) {
        return inWindows(gate, instant) && gate.freezes().stream().noneMatch(freeze -> freeze.covers(instant));
    }

    private static boolean inWindows(Gate gate, Instant instant) {
        return gate.windows().isEmpty() || gate.windows().stream().anyMatch(window -> window.contains(instant));
    }

    /** A closed gate opens only when a window starts or a freeze ends, so those are the moments to try. */
    @Nullable
    private static Instant nextOpening(Gate gate, Instant now) {
        Instant until = now.plus(HORIZON);
        List<Instant> candidates = new ArrayList<>();
        gate.windows().forEach(window -> candidates.addAll(window.openingsBetween(now, until)));
        gate.freezes().stream().map(Freeze::to).filter(end -> end.isAfter(now) && !end.isAfter(until)).forEach(candidates::add);
        return candidates.stream().sorted().filter(candidate -> open(gate, candidate)).findFirst().orElse(null);
    }

    /**
     * The answer for one moment.
     *
     * @param open             whether the step may run now
     * @param freeze           the freeze that closes the gate now, if one does
     * @param nextOpening      when it opens next; {@code null} when it is open, or opens not within {@link #HORIZON}
     * @param emergencyAllowed whether an {@code --emergency} override with a reason may run it anyway
     * @param windows          the gate's windows, for {@link #describe()}
     */
    public record Decision(boolean open, @Nullable Freeze freeze, @Nullable Instant nextOpening, boolean emergencyAllowed,
                           List<TimeWindow> windows) {

        public Decision {
            windows = List.copyOf(windows);
        }

        /** One sentence for a refusal or a status line: why, and when it opens. */
        public String describe() {
            if (open) {
                return windows.isEmpty() ? "open: no window or freeze applies"
                        : "open: inside the windows " + windowTexts();
            }
            StringBuilder text = new StringBuilder();
            if (freeze != null) {
                text.append("frozen until ").append(freeze.to()).append(" (")
                        .append(freeze.reason() == null ? "" : freeze.reason() + "; ")
                        .append("freeze ").append(freeze.text()).append(')');
            } else {
                text.append("outside the windows ").append(windowTexts());
            }
            text.append(nextOpening == null ? "; no opening in the next " + HORIZON.toDays() + " days"
                    : "; next opening " + opening());
            if (emergencyAllowed) {
                text.append("; an --emergency override with a reason is allowed");
            } else if (freeze != null && !freeze.emergency()) {
                text.append("; this freeze allows no emergency override");
            }
            return text.toString();
        }

        private String windowTexts() {
            return windows.stream().map(TimeWindow::text).collect(Collectors.joining(", "));
        }

        /** In the zone of the window it opens, as people there read it, and as an instant. */
        private String opening() {
            return windows.stream().filter(window -> window.contains(nextOpening)).findFirst()
                    .map(window -> {
                        ZonedDateTime local = nextOpening.atZone(window.zone());
                        return LOCAL.format(local) + " " + window.zone() + " (" + nextOpening + ")";
                    })
                    .orElse(nextOpening.toString());
        }
    }
}
