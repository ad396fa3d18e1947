package io.facadeswitch.notify;

import io.facadeswitch.OperatorText;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What happened to a rollout. The label is what receivers see, in the body and in {@code X-Facade-Event}. */
public enum RolloutEventKind {
    STARTED, STEP_DONE, PAUSED, AWAITING_APPROVAL, ROLLED_BACK, PROMOTED, ABORTED, REJECTED,
    /** Not a rollout's: the drift watch found changes made by hand that nobody decided about yet. */
    DRIFT_DETECTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the valid labels, for a label no kind has */
    public static RolloutEventKind ofLabel(String label) {
        if (label != null) {
            String wanted = label.trim();
            for (RolloutEventKind kind : values()) {
                if (kind.label().equalsIgnoreCase(wanted)) {
                    return kind;
                }
            }
        }
        throw new IllegalArgumentException("unknown event '" + OperatorText.shown(label) + "': use one of " + labels());
    }

    /** Every label, in declaration order, comma-separated: for messages. */
    public static String labels() {
        return Arrays.stream(values()).map(RolloutEventKind::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label();
    }
}
