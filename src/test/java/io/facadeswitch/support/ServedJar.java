package io.facadeswitch.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar's {@code serve} as a newcomer starts it, in a folder of its own with no
 * FACADE_* variables: what it printed up to "Stop with Ctrl-C.", its demo token and proxy port.
 */
public final class ServedJar {

    public static final Path JAR = Path.of("target", "facade-switch.jar").toAbsolutePath();

    private final Process process;
    private final List<String> lines;
    private final CompletableFuture<Void> rest;
    private final String token;
    private final int proxyPort;

    private ServedJar(Process process, List<String> lines, CompletableFuture<Void> rest, String token, int proxyPort) {
        this.process = process;
        this.lines = lines;
        this.rest = rest;
        this.token = token;
        this.proxyPort = proxyPort;
    }

    /** Starts {@code java -jar facade-switch.jar serve} in {@code workspace} and waits for its demo lines. */
    public static ServedJar start(Path workspace, int httpPort) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-jar", JAR.toString(), "serve", "--proxy-port", "0",
                "--http-port", String.valueOf(httpPort)).directory(workspace.toFile())
                .redirectError(workspace.resolve("serve.err").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("FACADE_"));
        ServedJar started = started(builder.start(), workspace, "Stop with Ctrl-C", "its demo lines");
        List<String> lines = started.lines;
        String token = lines.stream().map(String::trim).filter(l -> l.startsWith("export TOKEN="))
                .map(l -> l.substring("export TOKEN=".length())).findFirst().orElse(null);
        assertThat(token).as("serve printed a token: %s", lines).isNotBlank();
        return new ServedJar(started.process, lines, started.rest, token, started.proxyPort);
    }

    /**
     * Starts {@code serve} with {@code args} on a database given (no demo), with {@code environment}
     * added to a FACADE_-free environment, and waits until it says its proxy listens.
     */
    public static ServedJar startOn(Path workspace, List<String> args, Map<String, String> environment)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString(), "serve", "--proxy-port", "0",
                "--http-port", String.valueOf(freePort())));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workspace.toFile())
                .redirectError(workspace.resolve("serve.err").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("FACADE_"));
        builder.environment().putAll(environment);
        return started(builder.start(), workspace, "PostgreSQL proxy on port ", "its proxy");
    }

    /** Reads serve's output until the line starting with {@code last}, then the rest in the background. */
    private static ServedJar started(Process process, Path workspace, String last, String what) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new CopyOnWriteArrayList<>();
        Boolean complete = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                    if (line.startsWith(last)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        }).get(120, TimeUnit.SECONDS);
        assertThat(complete).as("serve printed %s; stdout: %s; stderr: %s", what, lines,
                Files.readString(workspace.resolve("serve.err"))).isTrue();
        CompletableFuture<Void> rest = CompletableFuture.runAsync(() -> out.lines().forEach(lines::add));
        int proxyPort = lines.stream().filter(l -> l.startsWith("PostgreSQL proxy on port "))
                .map(l -> Integer.parseInt(l.substring("PostgreSQL proxy on port ".length(), l.indexOf(','))))
                .findFirst().orElse(-1);
        assertThat(proxyPort).as("serve printed its proxy port: %s", lines).isPositive();
        return new ServedJar(process, lines, rest, null, proxyPort);
    }

    /** What serve printed so far (up to "Stop with Ctrl-C." once started, its last lines once stopped). */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    public String token() {
        return token;
    }

    public int proxyPort() {
        return proxyPort;
    }

    /** SIGTERM, as a service manager sends; fails unless serve ends within a minute, with status 0. */
    public void stop() throws Exception {
        terminate();
        awaitStopped();
    }

    /** Sends SIGTERM and returns at once (through the handle: Process.destroy would also close serve's output). */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** Waits for the process to end; fails unless it does within a minute, with status 0. */
    public void awaitStopped() throws Exception {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
        rest.get(10, TimeUnit.SECONDS); // its last lines read
        assertThat(process.exitValue()).as("serve's exit status after SIGTERM; it printed %s", lines).isZero();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
