package io.facadeswitch.rehearsal;

import io.facadeswitch.FacadeSwitchException;
import io.facadeswitch.FileTrees;
import io.facadeswitch.core.MigrationOutcome;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.rehearsal.RehearsalReport.ChangesetLocks;
import io.facadeswitch.rehearsal.RehearsalReport.CopiedTable;
import io.facadeswitch.rehearsal.RehearsalReport.DeployResult;
import io.facadeswitch.rehearsal.RehearsalReport.Failure;
import io.facadeswitch.rehearsal.RehearsalReport.StepTime;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One rehearsal's state: what it started and made (to stop and drop, from the shutdown hook too),
 * and what it found (to report). The real steps' refusals are findings, not errors.
 */
final class RehearsalRun {

    private final List<StepTime> steps = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<CopiedTable> tables = new ArrayList<>();
    private List<ChangesetLocks> changesets = List.of();
    private MigrationOutcome migration;
    private DeployResult deploy;
    private Failure failure;
    private RehearsalServer server;
    private ThrowawayDatabase copy;
    private Path work;
    private Process pgDump;
    private boolean cleaned;

    interface Work<T> {
        T run() throws SQLException;
    }

    /** Times a part of the rehearsal; what it throws goes on, the step marked failed. */
    <T> T time(String step, Work<T> work) throws SQLException {
        long started = System.nanoTime();
        boolean threw = true;
        try {
            T result = work.run();
            threw = false;
            return result;
        } finally {
            boolean failed = threw || failure != null && failure.step().equals(step);
            steps.add(new StepTime(step, (System.nanoTime() - started) / 1_000_000, failed ? "failed" : "passed"));
        }
    }

    /** Times one of the real steps; its refusal or failure is the rehearsal's finding, not an error of it. */
    <T> T step(String step, Work<T> work) {
        try {
            return time(step, work);
        } catch (FacadeSwitchException e) {
            fail(step, e.code(), e.getMessage());
            return null;
        } catch (SQLException e) {
            fail(step, SqlErrors.sqlState(e), SqlErrors.describe(e));
            return null;
        }
    }

    void skip(String step) {
        steps.add(new StepTime(step, 0, "skipped"));
    }

    void fail(String step, String code, String message) {
        failure = new Failure(step, code, message);
    }

    Failure failure() {
        return failure;
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void copied(CopiedTable table) {
        tables.add(table);
    }

    void migrated(MigrationOutcome outcome, List<ChangesetLocks> locks) {
        migration = outcome;
        changesets = locks;
    }

    void deployed(DeployResult result) {
        deploy = result;
    }

    synchronized RehearsalServer started(RehearsalServer started) {
        server = started;
        if (cleaned) {
            started.close(); // stopped while it started
        }
        return started;
    }

    synchronized ThrowawayDatabase made(ThrowawayDatabase made) {
        copy = made;
        if (cleaned) {
            made.close();
        }
        return made;
    }

    ThrowawayDatabase copy() {
        return copy;
    }

    synchronized Path workIn(Path folder) {
        work = folder;
        return folder;
    }

    /** pg_dump while it runs: a shutdown stops it, since it holds ACCESS SHARE on the environment's tables. */
    synchronized void running(Process process) {
        pgDump = process;
        if (cleaned) {
            process.destroyForcibly();
        }
    }

    RehearsalReport report(RehearsalRequest request, String environment, Instant startedAt, long durationMs,
                           RehearsalReport.Server about, RehearsalReport.Fingerprint fingerprint) {
        return new RehearsalReport(null, environment, request.release(), request.checksum(), failure == null,
                request.actor(), startedAt, durationMs, about, List.copyOf(steps), failure, fingerprint, changesets,
                List.copyOf(tables), migration, deploy, List.copyOf(warnings));
    }

    /** Stops pg_dump, drops the copy, stops the server: after the steps, on failure, and from the shutdown hook. */
    synchronized void cleanUp() {
        if (cleaned) {
            return;
        }
        cleaned = true;
        if (pgDump != null && pgDump.isAlive()) {
            pgDump.destroyForcibly();
        }
        if (copy != null) {
            copy.close();
        }
        if (server != null) {
            server.close();
        }
        if (work != null) {
            FileTrees.deleteQuietly(work);
        }
    }
}
