package io.facadeswitch;

/**
 * What a long step is doing now ("building green: file 3 of 12, 020_order_views.sql"), for a
 * person watching a terminal. The command line shows it on stderr when that is a terminal; in a
 * pipeline, in the API and in tests it goes nowhere.
 */
@FunctionalInterface
public interface Progress {

    /** Says nothing. */
    Progress NONE = what -> { };

    void step(String what);

    /** "label 3/12: name", the form every counted step takes. */
    default void count(String label, int done, int of, String name) {
        step(label + " " + done + "/" + of + ": " + name);
    }
}
