package io.facadeswitch.rehearsal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.facadeswitch.core.MigrationOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * What one rehearsal did, step by step: the document {@code rehearse --json} prints and the
 * environment's control schema keeps.
 *
 * @param id             its row in the environment's {@code facade_switch.rehearsals}; {@code null} until stored
 * @param environment    the environment rehearsed, or {@code null} without {@code --env}
 * @param checksum       the bundle's checksum (what a gate binds to); {@code null} when rehearsed from folders
 * @param passed         whether every step passed
 * @param server         the rehearsal server and how its version compares with the environment's
 * @param steps          each step with its time: server, copy, fingerprint, migrate-core, deploy, drop
 * @param failure        the step that failed and why; {@code null} when it passed
 * @param fingerprint    the environment's catalog checksum, before the rehearsal and after it (the same: nothing
 *                       there was written but this report)
 * @param changesets     each changeset the migration ran, with its time and the locks it took
 * @param copiedTables   the tables whose rows the copy got (and those left empty for their size)
 * @param migration      what migrate-core did on the copy; {@code null} when it failed
 * @param deploy         what the deploy did on the copy; {@code null} when it failed or there was no facade
 * @param warnings       what the rehearsal could not make exactly like the environment
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RehearsalReport(@Nullable Long id, @Nullable String environment, String release, @Nullable String checksum,
                              boolean passed, String actor, Instant startedAt, long durationMs, Server server,
                              List<StepTime> steps, @Nullable Failure failure, Fingerprint fingerprint,
                              List<ChangesetLocks> changesets, List<CopiedTable> copiedTables,
                              @Nullable MigrationOutcome migration, @Nullable DeployResult deploy, List<String> warnings) {

    /**
     * @param kind            {@code embedded} or {@code configured}
     * @param version         the rehearsal server's PostgreSQL version
     * @param sourceVersion   the environment's
     * @param versionMismatch whether their major versions differ (allowed by {@code --allow-version-mismatch})
     * @param pgDump          the pg_dump version that read the environment
     */
    @Serdeable
    public record Server(String kind, String version, String sourceVersion, boolean versionMismatch, String pgDump) {
    }

    /** @param outcome {@code passed}, {@code failed} or {@code skipped} */
    @Serdeable
    public record StepTime(String step, long ms, String outcome) {
    }

    /** @param code the error code of the refusal or failure, e.g. {@code MIGRATE_CHANGESET_FAILED} */
    @Serdeable
    public record Failure(String step, @Nullable String code, String message) {
    }

    /**
     * @param before the environment's before the rehearsal
     * @param after  the environment's after it
     * @param copy   the copy's, as made (before any step ran)
     */
    @Serdeable
    public record Fingerprint(String before, @Nullable String after, @Nullable String copy, List<String> differences) {
    }

    /** What the deploy into the copy's standby colour did. */
    @Serdeable
    public record DeployResult(String release, String checksum, String colour, int objects, int testFiles, boolean unchanged,
                               List<String> warnings) {
    }

    /** A changeset's time and the locks it took. */
    @Serdeable
    public record ChangesetLocks(String changeset, long durationMs, List<Lock> locks) {
    }

    /** One lock a changeset took: a mode on a relation that existed before the migration, held until its commit. */
    @Serdeable
    public record Lock(String relation, String mode, long heldMs) {
    }

    /** A table whose rows were copied, or left empty for its size ({@code skipped}). */
    @Serdeable
    public record CopiedTable(String table, long rows, long bytes, boolean skipped) {
    }

    RehearsalReport withId(long stored) {
        return new RehearsalReport(stored, environment, release, checksum, passed, actor, startedAt, durationMs, server, steps,
                failure, fingerprint, changesets, copiedTables, migration, deploy, warnings);
    }
}
