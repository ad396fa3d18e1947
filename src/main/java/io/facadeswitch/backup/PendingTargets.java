package io.facadeswitch.backup;

import io.facadeswitch.backup.TouchedTables.Touch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import liquibase.change.Change;
import liquibase.change.core.ExecuteShellCommandChange;
import liquibase.change.core.LoadDataChange;
import liquibase.change.core.LoadUpdateDataChange;
import liquibase.change.core.OutputChange;
import liquibase.change.custom.CustomChangeWrapper;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RuntimeStatement;

/**
 * The existing core tables that pending changesets touch, decided before any of them runs: each
 * change's SQL is generated as Liquibase would run it, and read by {@link TouchedTables}. Call in
 * a Liquibase scope that holds the changelog's resource accessor ({@code sqlFile} reads its file).
 * Then {@link #widen} adds the tables reached through foreign keys and inheritance.
 */
final class PendingTargets {

    private PendingTargets() {
    }

    /**
     * @param tables   the tables touched, each with what first touches it ({@code altered by 901-drop-phone})
     * @param reshaped the tables that something does more to than change rows (alter, drop, truncate, or SQL not
     *                 understood): the changesets take an exclusive lock on them anyway
     * @param warnings changes whose SQL could not be known, for which every core table counts as touched
     * @param touches  each touched table's touches, for {@link #widen}
     */
    record Targets(Map<String, String> tables, Set<String> reshaped, List<String> warnings,
                   Map<String, List<Touch>> touches) {
    }

    /**
     * How core tables reach each other.
     *
     * @param keys     the foreign keys between core tables
     * @param children each table's inheritance children (not a partitioned table's partitions: its copy holds them)
     */
    record Relations(List<ForeignKey> keys, Map<String, List<String>> children) {
    }

    /**
     * A foreign key of {@code referencing} to {@code referenced}, with its {@code confdeltype} and {@code confupdtype}
     * ({@code c} cascade, {@code n} set null, {@code d} set default change the referencing rows).
     */
    record ForeignKey(String referencing, String referenced, char onDelete, char onUpdate) {

        boolean changesRowsOn(char action) {
            return action == 'c' || action == 'n' || action == 'd';
        }
    }

    static Targets of(List<ChangeSet> pending, Database database, String coreSchema, Set<String> existing) {
        Map<String, String> touched = new LinkedHashMap<>();
        Set<String> reshaped = new HashSet<>();
        List<String> warnings = new ArrayList<>();
        Map<String, List<Touch>> touches = new LinkedHashMap<>();
        for (ChangeSet changeSet : pending) {
            String by = " by " + changeSet.getId();
            for (Change change : changeSet.getChanges()) {
                Map<String, Touch> found;
                try {
                    found = touchedBy(change, database, coreSchema, existing);
                } catch (Exception | LinkageError e) {
                    warnings.add("could not tell which tables " + changeSet.getId() + " (" + change.getDescription()
                            + ") changes (" + e.getMessage() + "): every core table is protected");
                    found = everything(existing, "possibly changed");
                }
                if (change instanceof ExecuteShellCommandChange) {
                    warnings.add(changeSet.getId() + " runs a shell command (executeCommand), which cannot be judged:"
                            + " every core table is protected");
                }
                found.forEach((table, touch) -> {
                    if (!TouchedTables.ROWS_ONLY.contains(touch.what())) {
                        reshaped.add(table);
                    }
                    if (!TouchedTables.ALTERED_WITHOUT_LOSS.equals(touch.what())) {
                        touched.putIfAbsent(table, touch.what() + by);
                        touches.computeIfAbsent(table, t -> new ArrayList<>()).add(touch);
                    }
                });
            }
        }
        return new Targets(touched, reshaped, warnings, touches);
    }

    /**
     * The targets with what they reach: the tables whose rows a foreign key's {@code ON DELETE} / {@code ON UPDATE}
     * {@code CASCADE}, {@code SET NULL} or {@code SET DEFAULT} changes when a touched table's rows are deleted or
     * updated (transitively), those a {@code TRUNCATE ... CASCADE} empties, and the inheritance children of a table
     * touched without {@code ONLY}.
     */
    static Targets widen(Targets targets, Relations relations) {
        Map<String, String> tables = new LinkedHashMap<>(targets.tables());
        Set<String> reshaped = new HashSet<>(targets.reshaped());
        Deque<String> rowsChanged = new ArrayDeque<>();
        targets.touches().forEach((table, touches) -> {
            for (Touch touch : touches) {
                String what = touch.what();
                boolean understood = TouchedTables.ROWS_ONLY.contains(what) || TouchedTables.ALTERED.equals(what)
                        || TouchedTables.DROPPED.equals(what) || TouchedTables.TRUNCATED.equals(what);
                boolean deletes = !understood || TouchedTables.DELETED_FROM.equals(what)
                        || TouchedTables.MERGED_INTO.equals(what);
                boolean updates = !understood || TouchedTables.UPDATED.equals(what)
                        || TouchedTables.UPSERTED_INTO.equals(what) || TouchedTables.MERGED_INTO.equals(what);
                for (ForeignKey key : relations.keys()) {
                    if (key.referenced().equals(table) && ((deletes && key.changesRowsOn(key.onDelete()))
                            || (updates && key.changesRowsOn(key.onUpdate())))) {
                        if (tables.putIfAbsent(key.referencing(), "changed through its foreign key by what "
                                + tables.get(table)) == null) {
                            rowsChanged.add(key.referencing());
                        }
                    }
                }
                if (TouchedTables.TRUNCATED.equals(what) && touch.cascade()) {
                    reach(table, relations, tables, reshaped, "emptied by TRUNCATE ... CASCADE of " + table);
                }
                if (!touch.only() && !TouchedTables.UPSERTED_INTO.equals(what)) {
                    children(table, relations, tables, reshaped, reshaped.contains(table), "an inheritance child of "
                            + table + ", " + tables.get(table));
                }
            }
        });
        while (!rowsChanged.isEmpty()) {
            String table = rowsChanged.poll();
            for (ForeignKey key : relations.keys()) {
                if (key.referenced().equals(table) && (key.changesRowsOn(key.onDelete()) || key.changesRowsOn(key.onUpdate()))
                        && tables.putIfAbsent(key.referencing(), "changed through its foreign key to " + table) == null) {
                    rowsChanged.add(key.referencing());
                }
            }
        }
        return new Targets(tables, reshaped, targets.warnings(), targets.touches());
    }

    /** Every table referencing {@code table}, transitively, whatever its actions. */
    private static void reach(String table, Relations relations, Map<String, String> tables, Set<String> reshaped,
                              String what) {
        Deque<String> next = new ArrayDeque<>(List.of(table));
        Set<String> seen = new HashSet<>(next);
        while (!next.isEmpty()) {
            String referenced = next.poll();
            for (ForeignKey key : relations.keys()) {
                if (key.referenced().equals(referenced) && seen.add(key.referencing())) {
                    tables.putIfAbsent(key.referencing(), what);
                    reshaped.add(key.referencing());
                    next.add(key.referencing());
                }
            }
        }
    }

    private static void children(String table, Relations relations, Map<String, String> tables, Set<String> reshaped,
                                 boolean reshapes, String what) {
        for (String child : relations.children().getOrDefault(table, List.of())) {
            if (tables.putIfAbsent(child, what) == null) {
                if (reshapes) {
                    reshaped.add(child);
                }
                children(child, relations, tables, reshaped, reshapes, what);
            }
        }
    }

    private static Map<String, Touch> touchedBy(Change change, Database database, String coreSchema,
                                                Set<String> existing) throws Exception {
        if (change instanceof CustomChangeWrapper) {
            return everything(existing, "possibly changed by custom Java code");
        }
        if (change instanceof ExecuteShellCommandChange) {
            // Generating its statement's SQL runs the command: never here, where nothing may run yet (or at all, in plan).
            return everything(existing, "possibly changed by a shell command");
        }
        if (change instanceof OutputChange) {
            return Map.of(); // prints a message, which generating its SQL would do now
        }
        if (change instanceof LoadUpdateDataChange load) {
            // Its statements need the table's columns, which an earlier pending changeset may create.
            Map<String, Touch> found = new LinkedHashMap<>();
            String schema = load.getSchemaName();
            if ((schema == null || schema.equals(coreSchema)) && existing.contains(load.getTableName())) {
                found.put(load.getTableName(), new Touch(TouchedTables.UPSERTED_INTO, true, false));
            }
            return found;
        }
        if (change instanceof LoadDataChange) {
            return Map.of(); // inserts only
        }
        Map<String, Touch> found = new LinkedHashMap<>();
        for (SqlStatement statement : change.generateStatements(database)) {
            if (statement instanceof RuntimeStatement) {
                // Its SQL is made by running it (a command, a print): what it does cannot be read first.
                everything(existing, "possibly changed by " + change.getDescription()).forEach(found::putIfAbsent);
                continue;
            }
            for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(statement, database)) {
                TouchedTables.touches(sql.toSql(), coreSchema, existing).forEach(found::putIfAbsent);
            }
        }
        return found;
    }

    private static Map<String, Touch> everything(Set<String> existing, String what) {
        Map<String, Touch> all = new LinkedHashMap<>();
        new TreeSet<>(existing).forEach(table -> all.put(table, new Touch(what, false, false)));
        return all;
    }
}
