package io.facadeswitch.drift;

import java.util.Locale;

/** Where a difference is: the core schema, one colour's facade, or the rows of reference tables. */
public enum DriftLayer {
    CORE, COLOUR, REFERENCE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DriftLayer of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
