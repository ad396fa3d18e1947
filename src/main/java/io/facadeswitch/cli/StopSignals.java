package io.facadeswitch.cli;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT (Ctrl-C) as a request to stop, not an abrupt exit: the stop runs on a thread
 * of its own (a drain may take its full time), and the process then ends normally with status 0,
 * which a JVM shutdown hook alone cannot give (the JVM exits 143 after a signal). sun.misc.Signal
 * is the JDK's only way to handle a signal; it stays supported in jdk.unsupported for this use.
 */
final class StopSignals {

    private StopSignals() {
    }

    static void onStop(Runnable stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    Thread stopping = new Thread(stop, "facade-switch-stop-" + name.toLowerCase());
                    stopping.start();
                });
            } catch (IllegalArgumentException unavailable) {
                // this platform has no such signal (or the JVM reserves it): the shutdown hook stops instead
            }
        }
    }
}
