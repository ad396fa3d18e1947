package io.facadeswitch.backup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import liquibase.change.Change;
import liquibase.change.core.LoadDataChange;
import liquibase.change.core.LoadUpdateDataChange;
import liquibase.change.custom.CustomChangeWrapper;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

/**
 * The existing core tables that pending changesets touch, decided before any of them runs: each
 * change's SQL is generated as Liquibase would run it, and read by {@link TouchedTables}. Call in
 * a Liquibase scope that holds the changelog's resource accessor ({@code sqlFile} reads its file).
 */
final class PendingTargets {

    private PendingTargets() {
    }

    /**
     * @param tables   the tables touched, each with what first touches it ({@code altered by 901-drop-phone})
     * @param reshaped the tables among them that something does more to than change rows (alter, drop, truncate, or
     *                 SQL not understood): the changesets take an exclusive lock on them anyway
     * @param warnings changes whose SQL could not be known, for which every core table counts as touched
     */
    record Targets(Map<String, String> tables, Set<String> reshaped, List<String> warnings) {
    }

    static Targets of(List<ChangeSet> pending, Database database, String coreSchema, Set<String> existing) {
        Map<String, String> touched = new LinkedHashMap<>();
        Set<String> reshaped = new HashSet<>();
        List<String> warnings = new ArrayList<>();
        for (ChangeSet changeSet : pending) {
            String by = " by " + changeSet.getId();
            for (Change change : changeSet.getChanges()) {
                Map<String, String> found;
                try {
                    found = touchedBy(change, database, coreSchema, existing);
                } catch (Exception | LinkageError e) {
                    warnings.add("could not tell which tables " + changeSet.getId() + " (" + change.getDescription()
                            + ") changes (" + e.getMessage() + "): every core table is protected");
                    found = everything(existing, "possibly changed");
                }
                found.forEach((table, what) -> {
                    touched.putIfAbsent(table, what + by);
                    if (!TouchedTables.ROWS_ONLY.contains(what)) {
                        reshaped.add(table);
                    }
                });
            }
        }
        return new Targets(touched, reshaped, warnings);
    }

    private static Map<String, String> touchedBy(Change change, Database database, String coreSchema, Set<String> existing)
            throws Exception {
        if (change instanceof CustomChangeWrapper) {
            return everything(existing, "possibly changed by custom Java code");
        }
        if (change instanceof LoadUpdateDataChange load) {
            // Its statements need the table's columns, which an earlier pending changeset may create.
            Map<String, String> found = new LinkedHashMap<>();
            String schema = load.getSchemaName();
            if ((schema == null || schema.equals(coreSchema)) && existing.contains(load.getTableName())) {
                found.put(load.getTableName(), TouchedTables.UPSERTED_INTO);
            }
            return found;
        }
        if (change instanceof LoadDataChange) {
            return Map.of(); // inserts only
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (SqlStatement statement : change.generateStatements(database)) {
            for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(statement, database)) {
                TouchedTables.in(sql.toSql(), coreSchema, existing).forEach(found::putIfAbsent);
            }
        }
        return found;
    }

    private static Map<String, String> everything(Set<String> existing, String what) {
        Map<String, String> all = new LinkedHashMap<>();
        new TreeSet<>(existing).forEach(table -> all.put(table, what));
        return all;
    }
}
