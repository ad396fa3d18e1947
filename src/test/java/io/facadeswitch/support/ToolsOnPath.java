package io.facadeswitch.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Programs a test drives as a user would (psql, node), found on the PATH. */
public final class ToolsOnPath {

    private ToolsOnPath() {
    }

    /** The executable, or {@code null} when it is not installed. */
    public static Path find(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
