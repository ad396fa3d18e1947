package io.facadeswitch.cli;

import io.facadeswitch.rehearsal.RehearsalReport;
import java.io.PrintWriter;

/** A rehearsal report as people read it: the verdict, the steps with their times, the locks, what to look at. */
final class RehearsalText {

    private RehearsalText() {
    }

    static void print(RehearsalReport report, PrintWriter out, PrintWriter err) {
        RehearsalReport.Server server = report.server();
        out.printf("rehearsal #%d of %s%s: %s in %d ms%n", report.id(), report.release(),
                report.checksum() == null ? " (from folders)" : " (bundle " + report.checksum().substring(0, 12) + ")",
                report.passed() ? "PASSED" : "FAILED", report.durationMs());
        out.printf("  on the %s server, PostgreSQL %s (this database: %s%s), copied with pg_dump %s%n", server.kind(),
                server.version(), server.sourceVersion(), server.versionMismatch() ? ", ANOTHER MAJOR VERSION" : "",
                server.pgDump());
        for (RehearsalReport.StepTime step : report.steps()) {
            out.printf("  %-13s %7d ms  %s%n", step.step(), step.ms(), step.outcome());
        }
        for (RehearsalReport.ChangesetLocks changeset : report.changesets()) {
            out.printf("  changeset %s: %d ms%n", changeset.changeset(), changeset.durationMs());
            for (RehearsalReport.Lock lock : changeset.locks()) {
                out.printf("    %s on %s, held %d ms (until the migration commits)%n", lock.mode(), lock.relation(),
                        lock.heldMs());
            }
        }
        if (report.deploy() != null) {
            out.printf("  deploy: %s into %s, %d objects, %d test file(s)%s%n", report.deploy().release(),
                    report.deploy().colour(), report.deploy().objects(), report.deploy().testFiles(),
                    report.deploy().unchanged() ? " (already live there: unchanged)" : "");
        }
        out.printf("  this database's catalog: %s before, %s after%n", report.fingerprint().before().substring(0, 12),
                report.fingerprint().after() == null ? "?" : report.fingerprint().after().substring(0, 12));
        for (String warning : report.warnings()) {
            err.println("warning: " + warning);
        }
        if (report.failure() != null) {
            err.println("rehearsal failed at " + report.failure().step() + ": " + report.failure().message()
                    + (report.failure().code() == null ? "" : " [" + report.failure().code() + "]"));
        }
    }
}
