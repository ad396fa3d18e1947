package io.facadeswitch.drift;

/** How an object on the database differs from its source: there only, different, or gone. */
public enum DriftKind {

    ADDED("added"),
    CHANGED("changed"),
    REMOVED("removed");

    private final String label;

    DriftKind(String label) {
        this.label = label;
    }

    /** The word used in reports: {@code added}, {@code changed} or {@code removed}. */
    public String label() {
        return label;
    }

    /** The kind a report's word names. */
    public static DriftKind of(String label) {
        for (DriftKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a kind of drift: " + label);
    }
}
