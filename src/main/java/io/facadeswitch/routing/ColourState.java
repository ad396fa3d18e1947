package io.facadeswitch.routing;

import java.util.Locale;

/**
 * What a colour is doing. {@code DEPLOYED}: verified, never active yet. {@code STANDBY}: was active
 * and still holds that release, so a rollback can flip to it.
 */
public enum ColourState {
    EMPTY, DEPLOYED, CANARY, ACTIVE, STANDBY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ColourState of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return label();
    }
}
