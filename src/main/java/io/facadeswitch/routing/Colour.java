package io.facadeswitch.routing;

import io.facadeswitch.OperatorText;
import java.util.Locale;

/** The two facade schemas. Everything that names a colour in SQL goes through {@link #schema()}. */
public enum Colour {
    BLUE, GREEN;

    public String schema() {
        return "facade_" + label();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Colour other() {
        return this == BLUE ? GREEN : BLUE;
    }

    public static Colour of(String label) {
        if (label == null) {
            return null;
        }
        for (Colour c : values()) {
            if (c.label().equalsIgnoreCase(label.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown colour '" + OperatorText.shown(label) + "': use blue or green");
    }

    @Override
    public String toString() {
        return label();
    }
}
