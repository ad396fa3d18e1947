package io.facadeswitch.cli;

import io.facadeswitch.Progress;
import java.io.PrintWriter;

/**
 * Progress on one line of the terminal, rewritten in place ("building facade_green: file 3/12:
 * 020_order_views.sql"), cleared before the command's own output. Only where a person watches:
 * {@link #wanted} is false in a pipeline, with --quiet or under --json.
 */
final class TerminalProgress implements Progress {

    /** Carriage return, then ANSI "erase to end of line". */
    private static final String REWRITE = "\r\u001b[K";
    private static final int WIDTH = 100;

    private final PrintWriter err;
    private boolean shown;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** Whether to show progress: a terminal (System.console()), not --quiet, not --json. */
    static boolean wanted(boolean quiet, boolean json) {
        return !quiet && !json && System.console() != null;
    }

    @Override
    public synchronized void step(String what) {
        String line = what.length() > WIDTH ? what.substring(0, WIDTH - 3) + "..." : what;
        err.print(REWRITE + line);
        err.flush();
        shown = true;
    }

    /** Clears the line, so that what the command prints next starts on a clean one. */
    synchronized void clear() {
        if (shown) {
            err.print(REWRITE);
            err.flush();
            shown = false;
        }
    }
}
