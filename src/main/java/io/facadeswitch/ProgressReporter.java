package io.facadeswitch;

import jakarta.inject.Singleton;

/**
 * Where this process's services report their progress: nowhere, unless the command line points it
 * at the terminal ({@code cli.TerminalProgress}) for the one command it runs.
 */
@Singleton
public final class ProgressReporter implements Progress {

    private volatile Progress sink = Progress.NONE;

    /** Reports go to {@code to} from now on ({@link Progress#NONE} for nowhere). */
    public void reportTo(Progress to) {
        sink = to;
    }

    @Override
    public void step(String what) {
        sink.step(what);
    }
}
