package io.facadeswitch.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServedJar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that {@code serve} prints for a newcomer, run as printed (in bash, from a folder
 * laid out like the repository's root, with the printed token exported), in the order printed:
 * each must succeed and say what it is expected to say.
 */
class ServePrintedCommandsIT {

    @TempDir
    Path workspace;

    @Test
    void everyCommandServePrintsWorksAsPrinted() throws Exception {
        Files.move(Fixtures.copy(Fixtures.CORE), workspace.resolve("core-schema"));
        Files.move(Fixtures.copy(Fixtures.FACADE_1_0_0), workspace.resolve("facade-schema"));
        Path releases = Files.createDirectories(workspace.resolve("src/test/resources/releases"));
        Files.move(Fixtures.copy(Fixtures.FACADE_1_1_0), releases.resolve("1.1.0"));
        Files.createDirectories(workspace.resolve("target"));
        Files.createSymbolicLink(workspace.resolve("target/facade-switch.jar"), ServedJar.JAR);

        ServedJar served = ServedJar.start(workspace, ServedJar.freePort());
        Map<String, String> ran = new LinkedHashMap<>();
        try {
            for (String command : printedCommands(served.lines())) {
                ran.put(command, run(command, served.token()));
            }
        } finally {
            served.stop();
        }

        assertThat(ran.keySet()).as("the commands serve printed").hasSize(8);
        List<String> outputs = List.copyOf(ran.values());
        assertThat(outputs.get(0)).as("psql as app-7").contains("facade_blue").contains("order_id");
        assertThat(outputs.get(1)).as("status").contains("\"active\":\"blue\"");
        assertThat(outputs.get(2)).as("route").contains("\"instance\":\"app-7\"").contains("\"colour\":\"blue\"");
        assertThat(outputs.get(3)).as("deploy").contains("deployed release 1.1.0").contains("to green")
                .doesNotContain("warning");
        assertThat(outputs.get(4)).as("canary").contains("\"canary\":{\"colour\":\"green\"")
                .contains("\"app-7\"");
        assertThat(outputs.get(5)).as("promote").contains("\"active\":\"green\"");
        assertThat(outputs.get(6)).as("rollback").contains("\"active\":\"blue\"");
        assertThat(outputs.get(7)).as("health and metrics").contains("\"status\":\"UP\"")
                .contains("facade_switch_generation");
    }

    /** The lines indented under "Connect as..." and "Try:", continuations joined, in order. */
    private static List<String> printedCommands(List<String> lines) {
        List<String> commands = new ArrayList<>();
        boolean inBlock = false;
        StringBuilder pending = new StringBuilder();
        for (String line : lines) {
            if (!line.startsWith(" ")) {
                inBlock = line.startsWith("Connect as") || line.startsWith("Try:");
            } else if (inBlock) {
                String text = line.trim();
                if (text.endsWith("\\")) {
                    pending.append(text, 0, text.length() - 1);
                } else {
                    commands.add(pending.append(text).toString().replaceAll("\\s+", " "));
                    pending.setLength(0);
                }
            }
        }
        return commands;
    }

    private String run(String command, String token) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -o pipefail; " + command)
                .directory(workspace.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("FACADE_"));
        builder.environment().put("TOKEN", token);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s printed:%n%s", command, text).isZero();
        return text;
    }
}
