package io.facadeswitch.cli;

import io.facadeswitch.support.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** One run of the command line in this JVM, as a pipeline sees it: exit status, stdout, stderr. */
record CliRun(int status, String out, String err) {

    static CliRun of(List<String> args) {
        String[] words = args.toArray(String[]::new);
        return on(FacadeSwitchCommand.commandLine(false, words), words);
    }

    /** {@code args} run on a command line built some other way (the full tree, say). */
    static CliRun on(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /** The command with {@code db}'s URL, user and (when it has one) password. */
    static CliRun onDatabase(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", db.url(), "--db-user", db.user()));
        if (db.password() != null) {
            all.addAll(List.of("--db-password", db.password()));
        }
        return of(all);
    }
}
