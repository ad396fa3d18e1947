package io.facadeswitch.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which embedded PostgreSQL binaries the jar carries, and whether this machine is one of them:
 * Linux and macOS, each on x86_64 and arm64 (zonky's resource names, as its resolver looks them
 * up). Elsewhere the embedded default is refused in one line that says to give a database URL,
 * rather than zonky's "Missing embedded postgres binaries".
 */
public final class EmbeddedPlatform {

    /** What the jar carries, as operators read it. */
    public static final String SUPPORTED = "Linux and macOS, each on x86_64 and arm64";

    private EmbeddedPlatform() {
    }

    /** Throws when the jar has no binaries for this machine. */
    public static void requireBinaries() {
        String resource = resourceFor(System.getProperty("os.name"), System.getProperty("os.arch"));
        if (EmbeddedPlatform.class.getClassLoader().getResource(resource) == null) {
            throw new DatabaseException(DatabaseErrorCode.EMBEDDED_UNSUPPORTED, "this jar carries an embedded"
                    + " PostgreSQL for " + SUPPORTED + ", not for " + System.getProperty("os.name") + " on "
                    + System.getProperty("os.arch") + ": give --db-url, --db-user and --db-password (or"
                    + " FACADE_DB_URL, FACADE_DB_USER, FACADE_DB_PASSWORD) to use your own PostgreSQL server");
        }
    }

    /** The binaries' resource for an operating system and processor, named as zonky names them. */
    static String resourceFor(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String system = os.startsWith("mac") || os.startsWith("darwin") ? "darwin"
                : os.startsWith("windows") ? "windows" : os.replace(' ', '_');
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> osArch.toLowerCase(Locale.ROOT);
        };
        return "postgres-" + system + "-" + arch + ".txz";
    }

    /** The port of the PostgreSQL running on that data folder, read from its postmaster.pid (line 4). */
    static Optional<Integer> runningPort(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.size() < 4 ? Optional.empty() : Optional.of(Integer.parseInt(lines.get(3).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
