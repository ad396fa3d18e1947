package io.facadeswitch.support;

import io.facadeswitch.FacadeSwitch;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a process of its own, for what only a real process shows: being killed
 * with -9 in the middle of a statement. Runs on the tests' own classpath.
 */
public final class CommandProcess {

    private final Process process;
    private final Path output;

    private CommandProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    public static CommandProcess start(List<String> args) {
        return start(args, Map.of());
    }

    /** With {@code environment} as its only FACADE_* variables. */
    public static CommandProcess start(List<String> args, Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(FacadeSwitch.class.getName());
        command.addAll(args);
        try {
            Path output = Files.createTempFile("facade-command-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).directory(new File("."));
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("FACADE_"));
            env.putAll(environment);
            return new CommandProcess(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, as Ctrl-C or a CI's cancel sends it: the shutdown hooks run. */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL: no shutdown hook, no rollback sent, the socket just closes. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the process to end and returns its exit status; fails with its output if it does not in time. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end within " + timeout + ": " + output());
        }
        return process.exitValue();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /**
     * Waits until {@code countQuery} (run on {@code db}) answers 1, the sign that the process got
     * where the test needs it; fails with the process's output if it ends first or takes too long.
     */
    public void awaitDatabase(TestDatabase db, String countQuery, Duration timeout, String where) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if ("1".equals(db.value(countQuery))) {
                return;
            }
            if (!alive()) {
                throw new AssertionError("the command ended before it reached " + where + ": " + output());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the command never reached " + where + " within " + timeout + ": " + output());
    }

    public String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
