package io.facadeswitch;

import io.facadeswitch.cli.FacadeSwitchCommand;
import java.util.Arrays;

/** The runnable jar's entry point. */
public final class FacadeSwitch {

    private FacadeSwitch() {
    }

    public static void main(String[] args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        if (verbose && System.getenv("FACADE_LOG_LEVEL") == null) {
            System.setProperty("FACADE_LOG_LEVEL", "DEBUG");
        }
        System.exit(FacadeSwitchCommand.commandLine(verbose, args).execute(args));
    }
}
