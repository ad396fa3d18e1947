package io.facadeswitch.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One migration's dealings with the record of the core: the catalog read before and after it,
 * the drift found before it (what differs from the record and nobody decided about), a refusal
 * when the migration changes a table that has drifted, and the record moved forward by what the
 * migration changed.
 */
final class CoreRecord {

    private final String coreSchema;
    private final List<String> toolRoles;
    private final Optional<Map<String, CatalogEntry>> recorded;
    private final Map<String, CatalogEntry> before;
    private final List<CatalogChange> drift;
    private final long capturedBefore;

    private CoreRecord(String coreSchema, List<String> toolRoles, Optional<Map<String, CatalogEntry>> recorded,
                       Map<String, CatalogEntry> before, List<CatalogChange> drift, long capturedBefore) {
        this.capturedBefore = capturedBefore;
        this.coreSchema = coreSchema;
        this.toolRoles = toolRoles;
        this.recorded = recorded;
        this.before = before;
        this.drift = drift;
    }

    static CoreRecord before(Connection connection, String coreSchema, List<String> toolRoles) throws SQLException {
        Optional<Map<String, CatalogEntry>> recorded = CoreSnapshot.load(connection);
        Map<String, CatalogEntry> now = CoreCatalog.read(connection, coreSchema, toolRoles);
        List<CatalogChange> drift = recorded.isPresent()
                ? CoreSnapshot.unresolved(connection, coreSchema, CatalogChange.between(recorded.get(), now))
                : List.of();
        return new CoreRecord(coreSchema, toolRoles, recorded, now, drift, CoreSnapshot.capturedThrough(connection));
    }

    /**
     * Refuses the migration when its changesets changed a table that has drifted: they were
     * written for the table as recorded, not as it is. Called right after the changesets ran,
     * before the reference data, whose synchronization may put back its own triggers.
     */
    void refuseChangesToDrift(Connection connection, List<PendingChangeset> applied) throws SQLException {
        if (drift.isEmpty() || applied.isEmpty()) {
            return;
        }
        List<CatalogChange> changes = CatalogChange.between(before, CoreCatalog.read(connection, coreSchema, toolRoles));
        Set<String> drifted = drift.stream().map(c -> c.either().table()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> touched = changes.stream().map(c -> c.either().table()).filter(drifted::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!touched.isEmpty()) {
            throw new MigrationException(MigrationErrorCode.CORE_DRIFTED, "refused: the pending changeset(s) "
                    + applied.stream().map(PendingChangeset::toString).collect(Collectors.joining(", "))
                    + " change " + String.join(", ", touched) + ", which differ(s) from the record of the last"
                    + " migration: " + drift.stream().filter(c -> touched.contains(c.either().table()))
                        .map(CatalogChange::describe).collect(Collectors.joining("; "))
                    + ". Nothing was applied. Run 'drift' to see who changed it, then 'drift adopt' (write it back to"
                    + " core-schema/ as a changeset) or 'drift discard --reason ...'", null);
        }
    }

    /**
     * Moves the record forward by what the migration changed (changesets and reference data
     * alike), except what someone else's DDL, captured while it ran, changed meanwhile: that stays drift.
     */
    void after(Connection connection, String actor) throws SQLException {
        Map<String, CatalogEntry> after = CoreCatalog.read(connection, coreSchema, toolRoles);
        Set<String> meanwhile = CoreSnapshot.capturedSince(connection, capturedBefore, coreSchema);
        String prefix = coreSchema.toLowerCase(Locale.ROOT) + ".";
        List<CatalogChange> changes = CatalogChange.between(before, after).stream().filter(change -> {
            String name = prefix + change.either().identity().toLowerCase(Locale.ROOT);
            String table = prefix + change.either().table().toLowerCase(Locale.ROOT);
            return !meanwhile.contains(name) && !meanwhile.contains(table)
                    && meanwhile.stream().noneMatch(object -> object.endsWith(" on " + table));
        }).toList();
        if (recorded.isEmpty() || !changes.isEmpty()) {
            CoreSnapshot.save(connection, recorded.map(r -> CoreSnapshot.advance(r, changes)).orElse(after), actor);
        }
    }

    /** The drift found before the migration, described, for its warnings. */
    List<String> drift() {
        return drift.stream().map(CatalogChange::describe).toList();
    }
}
