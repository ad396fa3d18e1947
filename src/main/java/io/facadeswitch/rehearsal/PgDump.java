package io.facadeswitch.rehearsal;

import io.facadeswitch.db.ConnectionSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code pg_dump} that reads the environment's schema: PostgreSQL's own account of every
 * object, in the order that restores. It must be at least the server's major version (it refuses
 * newer servers). The connection goes through libpq's variables, never the command line.
 *
 * @param command the program, as configured
 * @param version what it says of itself, e.g. {@code 15.20}
 */
record PgDump(String command, String version, int major) {

    private static final Pattern VERSION = Pattern.compile("pg_dump \\(PostgreSQL\\) (\\d+)(\\.\\d+)?");
    /** psql meta-commands that pg_dump writes around a plain dump since 2025's releases; not SQL. */
    private static final Pattern META_COMMAND = Pattern.compile("(?m)^\\\\(un)?restrict [A-Za-z0-9]+\\s*$");
    private static final Pattern TRANSACTION_TIMEOUT = Pattern.compile("(?m)^SET transaction_timeout = 0;\\s*$");
    private static final int TRANSACTION_TIMEOUT_SINCE = 17;

    static PgDump find(String command, int serverMajor) {
        String output;
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw unavailable("could not run pg_dump ('" + command + "', facade.rehearsal.pg-dump): " + e.getMessage()
                    + "; install the PostgreSQL client of the environment's major version " + serverMajor
                    + " (Debian: postgresql-client-" + serverMajor + ") or set facade.rehearsal.pg-dump to its path", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while asking pg_dump for its version", e);
        }
        Matcher matcher = VERSION.matcher(output);
        if (!matcher.find()) {
            throw unavailable("'" + command + " --version' did not say it is PostgreSQL's pg_dump (it said: "
                    + output.lines().findFirst().orElse("nothing") + "); set facade.rehearsal.pg-dump to pg_dump's path", null);
        }
        int major = Integer.parseInt(matcher.group(1));
        String version = matcher.group(1) + (matcher.group(2) == null ? "" : matcher.group(2));
        if (major < serverMajor) {
            throw unavailable("pg_dump " + version + " (" + command + ") cannot read the environment's PostgreSQL "
                    + serverMajor + " server: install pg_dump " + serverMajor + " or newer (Debian: postgresql-client-"
                    + serverMajor + ") and point facade.rehearsal.pg-dump at it", null);
        }
        return new PgDump(command, version, major);
    }

    /**
     * The whole database's schema, without rows, as SQL that restores it; the psql meta-commands
     * removed so it runs as one script over JDBC.
     *
     * @param snapshot   the exported snapshot of the rehearsal's own transaction, so that the schema and the rows
     *                   copied beside it are of one moment
     * @param lockWaitMs how long pg_dump may wait for a table's lock (it takes ACCESS SHARE on every table)
     * @param running    told of the pg_dump process, so that a shutdown can stop it (it holds locks on the source)
     */
    String schema(ConnectionSettings source, String snapshot, Path work, long lockWaitMs, int serverMajor,
                  Consumer<Process> running) {
        Path file = work.resolve("schema.sql");
        Path errors = work.resolve("pg_dump.err");
        // --no-password: never a prompt on the terminal that would hang the rehearsal; --no-tablespaces: the
        // rehearsal server has its own.
        List<String> arguments = new ArrayList<>(List.of(command, "--schema-only", "--no-subscriptions",
                "--no-publications", "--no-password", "--no-tablespaces", "--lock-wait-timeout=" + lockWaitMs,
                "--snapshot=" + snapshot, "--file=" + file));
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectError(errors.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> environment = builder.environment();
        environment.putAll(JdbcUrls.parse(source.url()).libpqEnvironment());
        if (source.user() != null) {
            environment.put("PGUSER", source.user());
        }
        if (source.password() != null) {
            environment.put("PGPASSWORD", source.password());
        } else {
            environment.remove("PGPASSWORD");
        }
        environment.put("PGAPPNAME", "facade-switch rehearse");
        Process process = null;
        try {
            process = builder.start();
            running.accept(process);
            int status = process.waitFor();
            if (status != 0) {
                String said = Files.readString(errors, StandardCharsets.UTF_8).trim();
                throw new CopyFailure("pg_dump of the environment failed (exit " + status + "): "
                        + (said.isEmpty() ? "it said nothing" : said.lines().limit(5).reduce((a, b) -> a + " / " + b)
                        .orElse(said)));
            }
            String script = META_COMMAND.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
            // pg_dump 17 and later set a parameter older servers do not know; on them it means what it says anyway.
            return serverMajor < TRANSACTION_TIMEOUT_SINCE ? TRANSACTION_TIMEOUT.matcher(script).replaceAll("") : script;
        } catch (IOException e) {
            throw new CopyFailure("could not run pg_dump: " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CopyFailure("interrupted while pg_dump read the environment's schema");
        }
    }

    private static RehearsalException unavailable(String message, Exception cause) {
        return new RehearsalException(RehearsalErrorCode.REHEARSAL_PG_DUMP_UNAVAILABLE, message, cause);
    }
}
