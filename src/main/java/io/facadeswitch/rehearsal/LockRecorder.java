package io.facadeswitch.rehearsal;

import io.facadeswitch.core.ChangesetWatch;
import io.facadeswitch.core.PendingChangeset;
import io.facadeswitch.rehearsal.RehearsalReport.ChangesetLocks;
import io.facadeswitch.rehearsal.RehearsalReport.Lock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The relation locks each changeset took, read from {@code pg_locks} for the migration's own
 * backend before and after it. A lock is held until the migration commits (every changeset runs in
 * one transaction), so "for how long" runs from the changeset's start to that commit. Relations
 * the migration created itself are left out: no one else can be waiting for them. Its queries run
 * under the savepoint pgjdbc puts around each statement of the migration (autosave), and nothing
 * it meets is thrown: a lock it could not read is a warning, never a failed migration.
 */
final class LockRecorder implements ChangesetWatch {

    private static final String HELD = "SELECT format('%I.%I', n.nspname, c.relname), l.mode, c.oid FROM pg_locks l"
            + " JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted"
            + " AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'"
            + " AND c.relname NOT IN ('databasechangelog', 'databasechangeloglock')";

    private final List<Running> done = new ArrayList<>();
    private Set<Long> existingBefore;
    private Set<String> heldBefore = Set.of();
    private long startedAt;
    private String failure;

    private record Running(PendingChangeset changeset, long startedAt, long finishedAt, List<String[]> locks) {
    }

    @Override
    public void before(Connection connection, PendingChangeset changeset) {
        try {
            if (existingBefore == null) {
                existingBefore = existingRelations(connection);
            }
            heldBefore = keys(held(connection));
        } catch (SQLException | RuntimeException e) {
            failure = String.valueOf(e.getMessage());
        }
        startedAt = System.nanoTime();
    }

    @Override
    public void after(Connection connection, PendingChangeset changeset) {
        long finishedAt = System.nanoTime();
        List<String[]> locks = new ArrayList<>();
        try {
            Set<Long> existing = existingBefore == null ? Set.of() : existingBefore;
            for (String[] lock : held(connection)) {
                if (!heldBefore.contains(lock[0] + " " + lock[1]) && existing.contains(Long.parseLong(lock[2]))) {
                    locks.add(lock);
                }
            }
        } catch (SQLException | RuntimeException e) {
            failure = String.valueOf(e.getMessage());
        }
        done.add(new Running(changeset, startedAt, finishedAt, locks));
    }

    /** Each changeset with its locks, held until {@code committedAt} (System.nanoTime of the commit). */
    List<ChangesetLocks> report(long committedAt) {
        return done.stream().map(r -> new ChangesetLocks(r.changeset().toString(), (r.finishedAt() - r.startedAt()) / 1_000_000,
                r.locks().stream().map(l -> new Lock(l[0], l[1], (committedAt - r.startedAt()) / 1_000_000)).toList())).toList();
    }

    /** Why the locks could not be read, or {@code null}. */
    String failure() {
        return failure;
    }

    private static List<String[]> held(Connection connection) throws SQLException {
        List<String[]> locks = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(HELD)) {
            while (rows.next()) {
                locks.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        return locks;
    }

    private static Set<String> keys(List<String[]> locks) {
        Set<String> keys = new LinkedHashSet<>();
        locks.forEach(l -> keys.add(l[0] + " " + l[1]));
        return keys;
    }

    private static Set<Long> existingRelations(Connection connection) throws SQLException {
        Set<Long> oids = new HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT oid FROM pg_class WHERE relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'i', 'I')")) {
            while (rows.next()) {
                oids.add(rows.getLong(1));
            }
        }
        return oids;
    }
}
