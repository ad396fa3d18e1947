package io.facadeswitch.cli;

import io.facadeswitch.FileTrees;
import io.facadeswitch.db.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the class-data-sharing archive that {@code bin/facade-switch} hands to every
 * short command (made by {@code package}, with {@code -XX:ArchiveClassesAtExit}). The archive holds
 * the classes this run loaded, so the run does what pipelines do, in one JVM, against a real
 * database: {@code --help}, {@code migrate-core}, {@code deploy}, {@code status}, {@code drift} and
 * {@code releases} on a fresh embedded PostgreSQL, and a {@code status} that finds no server. A run
 * that never reached a database (as before) left out a third of what {@code status} loads: the data
 * layer, the JDBC driver's protocol, the serialization.
 *
 * <p>Arguments: the folder for the embedded server's data (emptied first), the example core schema
 * and the example facade schema. Exit status 0 when every command answered as expected, 1 otherwise,
 * which fails the build: a command that fails here is broken in the jar. Where the embedded
 * PostgreSQL cannot start (a platform it does not ship for), only the commands that need no
 * database run, and the build goes on.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: ClassDataTraining DATA_DIR CORE_SCHEMA_DIR FACADE_SCHEMA_DIR");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        FileTrees.deleteQuietly(data);
        List<String> failures = new ArrayList<>();
        expect(failures, 0, "--help");
        expect(failures, 1, "status", "--db-url", "jdbc:postgresql://127.0.0.1:1/facade_switch_class_data_training");
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(data);
        } catch (RuntimeException e) {
            // Where the embedded PostgreSQL does not run (another platform), the archive covers the
            // start-up only; the build goes on.
            System.out.println("class-data training: no embedded PostgreSQL here (" + e.getMessage()
                    + "); the archive holds what a command loads before it connects");
            FileTrees.deleteQuietly(data);
            System.exit(0);
            return;
        }
        try (server) {
            String[] db = {"--db-url", server.jdbcUrl(), "--db-user", "postgres"};
            expect(failures, 0, with(db, "migrate-core", "--core-schema", args[1]));
            expect(failures, 0, with(db, "deploy", "--release", "1.0.0", "--facade-schema", args[2]));
            expect(failures, 0, with(db, "status"));
            expect(failures, 0, with(db, "status", "--json"));
            expect(failures, 0, with(db, "drift"));
            expect(failures, 0, with(db, "releases"));
        } finally {
            FileTrees.deleteQuietly(data);
        }
        if (!failures.isEmpty()) {
            System.err.println("class-data training: unexpected exit status of " + String.join("; ", failures));
            System.exit(1);
        }
        System.exit(0);
    }

    private static String[] with(String[] db, String... command) {
        List<String> words = new ArrayList<>(List.of(command));
        words.addAll(List.of(db));
        return words.toArray(String[]::new);
    }

    private static void expect(List<String> failures, int status, String... command) {
        int got = FacadeSwitchCommand.commandLine(false, command).execute(command);
        System.out.printf("class-data training: %s exited %d%n", command[0], got);
        if (got != status) {
            failures.add(command[0] + " (" + got + ", expected " + status + ")");
        }
    }
}
