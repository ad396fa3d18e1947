package io.facadeswitch.core;

import io.facadeswitch.control.ControlSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The record of the core schema: the catalog as the tool's own migrations left it, kept in the
 * control schema. A migration moves it forward by exactly what the migration changed, so drift
 * made by hand before a migration is still drift after it.
 */
public final class CoreSnapshot {

    private static final String CONTROL = ControlSchema.SCHEMA;

    private CoreSnapshot() {
    }

    /** The recorded core, or empty when no migration has recorded one yet. */
    public static Optional<Map<String, CatalogEntry>> load(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet taken = statement.executeQuery("SELECT 1 FROM " + CONTROL + ".core_snapshot_taken")) {
            if (!taken.next()) {
                return Optional.empty();
            }
        }
        Map<String, CatalogEntry> entries = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT kind, identity, definition FROM " + CONTROL
                     + ".core_snapshot")) {
            while (rows.next()) {
                CatalogEntry entry = new CatalogEntry(rows.getString(1), rows.getString(2), rows.getString(3));
                entries.put(entry.key(), entry);
            }
        }
        return Optional.of(entries);
    }

    /**
     * {@code recorded} moved forward by what changed from {@code before} to {@code after}: what a
     * migration did is recorded, what was different before it stays different.
     */
    public static Map<String, CatalogEntry> advance(Map<String, CatalogEntry> recorded, List<CatalogChange> changes) {
        Map<String, CatalogEntry> next = new TreeMap<>(recorded);
        for (CatalogChange change : changes) {
            if (change.current() == null) {
                next.remove(change.key());
            } else {
                next.put(change.key(), change.current());
            }
        }
        return next;
    }

    /** Replaces the record, in the caller's transaction. */
    public static void save(Connection connection, Map<String, CatalogEntry> entries, String actor) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM " + CONTROL + ".core_snapshot");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + CONTROL
                + ".core_snapshot (kind, identity, definition) SELECT * FROM unnest(?::text[], ?::text[], ?::text[])")) {
            insert.setArray(1, connection.createArrayOf("text", entries.values().stream().map(CatalogEntry::kind).toArray()));
            insert.setArray(2, connection.createArrayOf("text",
                    entries.values().stream().map(CatalogEntry::identity).toArray()));
            insert.setArray(3, connection.createArrayOf("text",
                    entries.values().stream().map(CatalogEntry::definition).toArray()));
            insert.executeUpdate();
        }
        try (PreparedStatement taken = connection.prepareStatement("INSERT INTO " + CONTROL
                + ".core_snapshot_taken (id, taken_by) VALUES (1, ?)"
                + " ON CONFLICT (id) DO UPDATE SET taken_at = now(), taken_by = excluded.taken_by")) {
            taken.setString(1, actor);
            taken.executeUpdate();
        }
    }

    /** The newest captured DDL statement's id, 0 when none. */
    static long capturedThrough(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT coalesce(max(id), 0) FROM " + CONTROL + ".ddl_captures")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The objects of {@code schema} that DDL captured after {@code afterId} named, lower-cased and qualified. */
    static Set<String> capturedSince(Connection connection, long afterId, String schema) throws SQLException {
        Set<String> objects = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT lower(o ->> 'identity') FROM "
                + CONTROL + ".ddl_captures c, jsonb_array_elements(c.objects) o"
                + " WHERE c.id > ? AND o ->> 'schema' = ? AND o ->> 'identity' IS NOT NULL")) {
            query.setLong(1, afterId);
            query.setString(2, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    objects.add(rows.getString(1));
                }
            }
        }
        return objects;
    }

    /**
     * The differences nobody has decided about: those without an adoption or a discard recorded
     * for the object in exactly its current state.
     */
    public static List<CatalogChange> unresolved(Connection connection, String coreSchema, List<CatalogChange> changes)
            throws SQLException {
        if (changes.isEmpty()) {
            return changes;
        }
        Set<String> resolved = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT kind || ' ' || identity || ' ' || state FROM "
                + CONTROL + ".drift_resolutions WHERE layer = 'core' AND scope = ?")) {
            query.setString(1, coreSchema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    resolved.add(rows.getString(1));
                }
            }
        }
        return changes.stream().filter(c -> !resolved.contains(c.key() + " " + CatalogEntry.state(c.current())))
                .toList();
    }
}
