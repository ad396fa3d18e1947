package io.facadeswitch.cli;

import io.facadeswitch.Progress;
import io.facadeswitch.ProgressReporter;
import io.facadeswitch.app.CommandMeters;
import io.facadeswitch.app.ControlSchemaUse;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.control.ControlSchema;
import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.db.EmbeddedPostgresServer;
import io.facadeswitch.drift.DriftCheck;
import io.facadeswitch.environment.StepGates;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that works on the database: parses its options, starts the services, runs, stops them. */
abstract class SwitchCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Mixin
    CommonOptions common;

    @Mixin
    RemoteOptions remote;

    @Option(names = "--app-role", split = ",", paramLabel = "ROLE",
            description = "Application role(s) to grant each deployed colour to (env FACADE_APP_ROLES, comma-separated).")
    List<String> appRoles;

    @Spec
    CommandSpec spec;

    /** Opens the sources first (a bundle is verified before any database or switch is reached), closes them last. */
    @Override
    public final Integer call() throws Exception {
        try (AutoCloseable sources = openSources()) {
            return callWithSources();
        }
    }

    private Integer callWithSources() throws Exception {
        if (remote.remote()) {
            if (database.environment != null && !database.environment.isBlank()
                    && spec.commandLine().getParseResult().hasMatchedOption("--env")) {
                throw new ParameterException(spec.commandLine(), "--env with --server: the switch at "
                        + remote.server + " works on its own environment; leave out --env");
            }
            ApiClient client;
            try {
                client = new ApiClient(remote.server, remote.token);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            return runRemote(client);
        }
        Map<String, Object> properties = new HashMap<>();
        if (appRoles != null && !appRoles.isEmpty()) {
            properties.put("facade.app-roles", appRoles);
        }
        Optional<EnvironmentChoice> environment = EnvironmentChoice.of(spec, database);
        var settings = environment.isPresent() ? environment.get().connection(spec, database, System::getenv)
                : connectionSettings();
        environment.ifPresent(choice -> choice.configure(properties, appRoles));
        if (!exportsMetrics()) {
            CommandMeters.withoutExport(properties);
        }
        configure(properties, settings.embedded());
        if (settings.embedded()) {
            requireEmbedded();
            err().println("using the embedded PostgreSQL in " + database.dataDirectory.toAbsolutePath()
                    + " (no --db-url given)");
        }
        try (SwitchContext context = SwitchContext.start(settings, database.dataDirectory, properties,
                controlSchemaUse(settings.embedded()))) {
            if (context.installedControlSchema()) {
                err().println("Installed the control schema " + ControlSchema.SCHEMA + " in this database (routing,"
                        + " releases, audit log)");
                String capture = context.bean(DriftCheck.class).captureState();
                if (!capture.equals("on")) {
                    err().println("Drift capture is " + capture);
                }
            }
            if (!showsProgress() || !TerminalProgress.wanted(common.quiet, false)) {
                return run(context);
            }
            TerminalProgress progress = new TerminalProgress(err());
            context.bean(ProgressReporter.class).reportTo(progress);
            try {
                return run(context);
            } finally {
                progress.clear();
                context.bean(ProgressReporter.class).reportTo(Progress.NONE);
            }
        }
    }

    private ConnectionSettings connectionSettings() {
        try {
            return database.settings();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Only {@code serve} creates the embedded PostgreSQL; another command run without a database
     * (say {@code status} in the wrong folder) uses one only where a serve left it, and otherwise
     * says how to give one, creating no folder: an empty database there would answer "generation
     * 0, active: none" as if that were the truth.
     */
    private void requireEmbedded() {
        if (!createsEmbedded() && !EmbeddedPostgresServer.exists(database.dataDirectory)) {
            throw new NoDatabaseGiven(spec.commandLine(), "no database given: no embedded PostgreSQL in "
                    + database.dataDirectory.toAbsolutePath() + " yet; pass --db-url (or FACADE_DB_URL) with"
                    + " --db-user, or run serve first to create the embedded one there");
        }
    }

    /** Whether this command's process is scraped (serve): the others count into a registry nothing exports. */
    boolean exportsMetrics() {
        return false;
    }

    /** Whether this command starts a new embedded PostgreSQL when none is there yet. */
    boolean createsEmbedded() {
        return false;
    }

    /**
     * Whether this command may create the control schema: only those that change a database on
     * purpose do; the rest refuse a database without one and create nothing.
     */
    ControlSchemaUse controlSchemaUse(boolean embedded) {
        return ControlSchemaUse.EXISTING;
    }

    /** Whether this command works through a running switch too ({@code --server}, {@code --token}). */
    boolean takesServer() {
        return true;
    }

    /** Whether this command grants colours to application roles, and so takes {@code --app-role}. */
    boolean takesAppRole() {
        return false;
    }

    /** Whether this command's steps are long enough to show progress on a terminal (deploy, migrate-core, plan). */
    boolean showsProgress() {
        return false;
    }

    /**
     * Opens what the command reads before anything else happens, e.g. a {@code --bundle}, and
     * returns it to be closed when the command is done; {@code null} when there is nothing to open.
     */
    @Nullable AutoCloseable openSources() {
        return null;
    }

    /** Adds configuration before the services start; {@code embedded} when no database was given. */
    void configure(Map<String, Object> properties, boolean embedded) {
        // most commands need nothing more
    }

    abstract int run(SwitchContext context) throws Exception;

    /** The command through a running switch's API; commands that need the database refuse. */
    int runRemote(ApiClient client) throws Exception {
        throw new ParameterException(spec.commandLine(), spec.name() + " works on the database, not through"
                + " --server: give --db-url instead");
    }

    /** The current environment's gates (which let everything through without --env). */
    static StepGates gates(SwitchContext context) {
        return context.bean(StepGates.class);
    }

    void printJson(String document) {
        out().println(document);
        out().flush();
    }

    void printJson(SwitchContext context, Object document) throws IOException {
        out().println(context.bean(ObjectMapper.class).writeValueAsString(document));
        out().flush();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error of its own code, so scripts can tell "no database" from a wrong flag. */
    static final class NoDatabaseGiven extends ParameterException {
        NoDatabaseGiven(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }
}
