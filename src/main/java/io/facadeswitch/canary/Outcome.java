package io.facadeswitch.canary;

import java.util.Locale;

/** What one analysis window says about the canary. */
public enum Outcome {
    /** No regression against the baseline. */
    PASS,
    /** A significant regression in error rate or latency; enough of these in a row roll back. */
    FAIL,
    /** The canary hit errors that only a broken facade causes; roll back at once. */
    BROKEN,
    /** Too little traffic to tell. */
    INCONCLUSIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
