package io.facadeswitch.facade;

import io.facadeswitch.db.Identifiers;
import io.facadeswitch.db.Sql;
import io.facadeswitch.db.ToolSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges release code by what it did, not by its text. Taken before the release code runs, it
 * marks the transaction's next transaction id; afterwards it finds:
 *
 * <ul>
 *   <li>every catalog row written since the mark (its {@code xmin} is one of this transaction's
 *       subtransactions, the only in-progress writer whose rows we can see) that does not belong
 *       to an object of the schema: in every catalog of the server, so a new PostgreSQL version's
 *       catalog is outside until it is mapped here;</li>
 *   <li>every row inserted, updated or deleted in a table outside the schema (the transaction's
 *       own statistics count them);</li>
 *   <li>every object that was there before and is gone: core's, the other colour's and the
 *       control schema's objects, and everything the owner role owned outside its colour.</li>
 * </ul>
 *
 * <p>Release code runs with the colour owner's rights only (see {@link ReleaseSandbox}), so most
 * of this is refused by PostgreSQL first; this is what holds if a right slipped through (a role
 * granted to the owner, an object someone gave it).
 */
final class ReleaseEffects {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseEffects.class);

    /** Catalogs whose rows are sub-rows of one object: (class of that object, column holding its oid). */
    private static final Map<String, String[]> ROW_OWNERS = Map.ofEntries(
            Map.entry("pg_attribute", new String[] {"pg_class", "t.attrelid"}),
            Map.entry("pg_index", new String[] {"pg_class", "t.indexrelid"}),
            Map.entry("pg_inherits", new String[] {"pg_class", "t.inhrelid"}),
            Map.entry("pg_statistic", new String[] {"pg_class", "t.starelid"}),
            Map.entry("pg_sequence", new String[] {"pg_class", "t.seqrelid"}),
            Map.entry("pg_partitioned_table", new String[] {"pg_class", "t.partrelid"}),
            Map.entry("pg_statistic_ext_data", new String[] {"pg_statistic_ext", "t.stxoid"}),
            Map.entry("pg_aggregate", new String[] {"pg_proc", "t.aggfnoid::pg_catalog.oid"}),
            Map.entry("pg_enum", new String[] {"pg_type", "t.enumtypid"}),
            Map.entry("pg_range", new String[] {"pg_type", "t.rngtypid"}),
            Map.entry("pg_ts_config_map", new String[] {"pg_ts_config", "t.mapcfg"}));

    /** Catalogs that record something about any object: (column of its class, column of its oid). */
    private static final Map<String, String[]> ABOUT_OBJECTS = Map.of(
            "pg_depend", new String[] {"t.classid", "t.objid"},
            "pg_description", new String[] {"t.classoid", "t.objoid"},
            "pg_seclabel", new String[] {"t.classoid", "t.objoid"},
            "pg_init_privs", new String[] {"t.classoid", "t.objoid"},
            "pg_shdepend", new String[] {"CASE WHEN t.dbid = (SELECT d.oid FROM pg_catalog.pg_database d"
                    + " WHERE d.datname = pg_catalog.current_database()) THEN t.classid END", "t.objid"});

    /**
     * Catalogs whose rows are objects outside any schema (always outside a colour), with the
     * object class that names them; every other unlisted catalog's rows count as outside too.
     */
    private static final Map<String, String> GLOBAL_OBJECTS = Map.ofEntries(
            Map.entry("pg_default_acl", "pg_default_acl"), Map.entry("pg_largeobject_metadata", "pg_largeobject"),
            Map.entry("pg_extension", "pg_extension"), Map.entry("pg_event_trigger", "pg_event_trigger"),
            Map.entry("pg_cast", "pg_cast"), Map.entry("pg_language", "pg_language"),
            Map.entry("pg_foreign_data_wrapper", "pg_foreign_data_wrapper"),
            Map.entry("pg_foreign_server", "pg_foreign_server"), Map.entry("pg_user_mapping", "pg_user_mapping"),
            Map.entry("pg_publication", "pg_publication"), Map.entry("pg_publication_rel", "pg_publication_rel"),
            Map.entry("pg_transform", "pg_transform"), Map.entry("pg_am", "pg_am"),
            Map.entry("pg_authid", "pg_authid"), Map.entry("pg_database", "pg_database"),
            Map.entry("pg_tablespace", "pg_tablespace"));

    /** Catalogs whose rows are objects that live in a schema of their own. */
    private static final Set<String> OBJECTS = Set.of("pg_class", "pg_proc", "pg_type", "pg_operator",
            "pg_constraint", "pg_collation", "pg_conversion", "pg_opclass", "pg_opfamily", "pg_statistic_ext",
            "pg_ts_config", "pg_ts_dict", "pg_ts_parser", "pg_ts_template", "pg_rewrite", "pg_trigger", "pg_attrdef",
            "pg_policy", "pg_namespace", "pg_amop", "pg_amproc");

    /**
     * Objects whose disappearance is noticed: in the protected schemas, and the owner's everywhere.
     * Each row is a key made of numbers (cheap to produce, taken after every stretch of release
     * code) and, when the last parameter is true (once, before), a description to name it by.
     */
    private static final String FOOTPRINT = """
            WITH protected AS (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = ANY (?::pg_catalog.text[])),
                 spared AS (SELECT oid FROM pg_catalog.pg_namespace
                             WHERE nspname = ? OR nspname LIKE ? OR oid = pg_catalog.pg_my_temp_schema()),
                 owner AS (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = ?),
                 described AS (SELECT ?::pg_catalog.bool AS yes),
                 objects AS (
                SELECT 'pg_catalog.pg_class'::pg_catalog.regclass::pg_catalog.oid AS classid, c.oid AS objid, 0 AS sub
                  FROM pg_catalog.pg_class c WHERE c.relnamespace IN (SELECT oid FROM protected)
                UNION ALL
                SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0 FROM pg_catalog.pg_proc p
                 WHERE p.pronamespace IN (SELECT oid FROM protected)
                UNION ALL
                SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, 0 FROM pg_catalog.pg_type t
                 WHERE t.typnamespace IN (SELECT oid FROM protected) AND t.typrelid = 0 AND t.typcategory <> 'A'
                UNION ALL
                SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass, r.oid, 0
                  FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
                 WHERE c.relnamespace IN (SELECT oid FROM protected) AND r.rulename <> '_RETURN'
                UNION ALL
                SELECT 'pg_catalog.pg_trigger'::pg_catalog.regclass, g.oid, 0
                  FROM pg_catalog.pg_trigger g JOIN pg_catalog.pg_class c ON c.oid = g.tgrelid
                 WHERE c.relnamespace IN (SELECT oid FROM protected)
                UNION ALL
                SELECT 'pg_catalog.pg_policy'::pg_catalog.regclass, y.oid, 0
                  FROM pg_catalog.pg_policy y JOIN pg_catalog.pg_class c ON c.oid = y.polrelid
                 WHERE c.relnamespace IN (SELECT oid FROM protected)
                UNION ALL
                SELECT s.classid, s.objid, s.objsubid FROM pg_catalog.pg_shdepend s
                 WHERE s.refclassid = 'pg_catalog.pg_authid'::pg_catalog.regclass AND s.refobjid = (SELECT oid FROM owner)
                   AND s.dbid IN (0, (SELECT d.oid FROM pg_catalog.pg_database d
                                       WHERE d.datname = pg_catalog.current_database()))
                   AND coalesce(CASE s.classid
                           WHEN 'pg_catalog.pg_class'::pg_catalog.regclass
                               THEN (SELECT c.relnamespace FROM pg_catalog.pg_class c WHERE c.oid = s.objid)
                           WHEN 'pg_catalog.pg_proc'::pg_catalog.regclass
                               THEN (SELECT p.pronamespace FROM pg_catalog.pg_proc p WHERE p.oid = s.objid)
                           WHEN 'pg_catalog.pg_type'::pg_catalog.regclass
                               THEN (SELECT t.typnamespace FROM pg_catalog.pg_type t WHERE t.oid = s.objid)
                           WHEN 'pg_catalog.pg_namespace'::pg_catalog.regclass THEN s.objid
                       END, 0) NOT IN (SELECT oid FROM spared))
            SELECT o.classid || ':' || o.objid || ':' || o.sub,
                   CASE WHEN (SELECT yes FROM described)
                        THEN pg_catalog.pg_describe_object(o.classid, o.objid, o.sub) END
              FROM objects o
            UNION ALL
            SELECT 'comment:' || d.classoid || ':' || d.objoid || ':' || d.objsubid,
                   CASE WHEN (SELECT yes FROM described)
                        THEN 'comment on ' || pg_catalog.pg_describe_object(d.classoid, d.objoid, d.objsubid) END
              FROM pg_catalog.pg_description d JOIN objects o ON o.classid = d.classoid AND o.objid = d.objoid
            UNION ALL
            SELECT 'settings:' || r.setdatabase || ':' || pg_catalog.md5(r.setconfig::pg_catalog.text),
                   'settings of the owner role: ' || pg_catalog.array_to_string(r.setconfig, ', ')
              FROM pg_catalog.pg_db_role_setting r WHERE r.setrole = (SELECT oid FROM owner)
            UNION ALL
            SELECT 'default acl:' || a.oid, 'default privileges of the owner role: ' || a.defaclacl::pg_catalog.text
              FROM pg_catalog.pg_default_acl a WHERE a.defaclrole = (SELECT oid FROM owner)""";

    private final String schema;
    private final long schemaOid;
    private final String owner;
    private final List<String> protectedSchemas;
    private final String catalogWrites;
    private final long mark;
    private final Map<Long, Long> rowWritesBefore;
    private final Map<String, String> footprintBefore;
    private final Set<String> locksBefore;

    private ReleaseEffects(String schema, long schemaOid, String owner, List<String> protectedSchemas,
                           String catalogWrites, long mark, Map<Long, Long> rowWritesBefore,
                           Map<String, String> footprintBefore, Set<String> locksBefore) {
        this.schema = schema;
        this.schemaOid = schemaOid;
        this.owner = owner;
        this.protectedSchemas = protectedSchemas;
        this.catalogWrites = catalogWrites;
        this.mark = mark;
        this.rowWritesBefore = rowWritesBefore;
        this.footprintBefore = footprintBefore;
        this.locksBefore = locksBefore;
    }

    /**
     * Takes stock before release code runs in {@code schema} as {@code owner}, from the sandbox's
     * mark: the tool's own preparations before it wrote catalog rows too, and those do not count.
     */
    static ReleaseEffects watch(Connection connection, ReleaseSandbox sandbox, String schema, String owner,
                                List<String> protectedSchemas) throws SQLException {
        // Names must print the same now and after the release code, when the session is re-pinned.
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL search_path = pg_catalog, pg_temp");
        }
        long mark = sandbox.mark();
        long schemaOid = Long.parseLong(Sql.column(connection,
                "SELECT oid::pg_catalog.text FROM pg_catalog.pg_namespace WHERE nspname = ?", schema).get(0));
        return new ReleaseEffects(schema, schemaOid, owner, List.copyOf(protectedSchemas),
                catalogWritesQuery(connection), mark, rowWrites(connection, schemaOid),
                footprint(connection, schema, owner, protectedSchemas, true), strongLocks(connection, schemaOid));
    }

    /**
     * Everything release code did outside the schema since {@link #watch}: catalog rows written
     * outside, rows written in tables outside (unless {@code rowsAllowed}, as for tests, which are
     * rolled back), and objects that disappeared. Empty when it kept to its schema.
     *
     * @param temporaryAllowed whether objects in the session's temporary schema count as inside
     *                         (tests may use them; a build that leaves them would keep them)
     */
    List<String> outside(Connection connection, long since, boolean rowsAllowed, boolean temporaryAllowed)
            throws SQLException {
        long started = System.nanoTime();
        List<String> found = new ArrayList<>(catalogRowsWritten(connection, since, temporaryAllowed));
        long catalogs = System.nanoTime();
        if (!rowsAllowed) {
            for (Map.Entry<Long, Long> table : rowWrites(connection, schemaOid).entrySet()) {
                long written = table.getValue() - rowWritesBefore.getOrDefault(table.getKey(), 0L);
                if (written > 0) {
                    found.add("rows of " + Sql.column(connection, "SELECT ?::pg_catalog.oid::pg_catalog.regclass"
                            + "::pg_catalog.text", Long.toString(table.getKey())).get(0) + " (" + written
                            + " inserted, updated or deleted)");
                }
            }
        }
        long rows = System.nanoTime();
        Set<String> after = footprint(connection, schema, owner, protectedSchemas, false).keySet();
        footprintBefore.forEach((key, object) -> {
            if (!after.contains(key)) {
                found.add(object + " (disappeared)");
            }
        });
        found.addAll(newStrongLocks(connection));
        LOG.debug("effects outside {}: catalogs {} ms, rows {} ms, objects {} ms", schema,
                (catalogs - started) / 1_000_000, (rows - catalogs) / 1_000_000, (System.nanoTime() - rows) / 1_000_000);
        return found;
    }

    /** Throws when release code reached outside the schema; {@code phase} says which code it was. */
    void refuseOutside(Connection connection, String phase, boolean rowsAllowed, boolean temporaryAllowed)
            throws SQLException {
        refuseOutside(connection, mark, phase, rowsAllowed, temporaryAllowed);
    }

    /** As {@link #refuseOutside(Connection, String, boolean, boolean)}, for catalog rows written since {@code since}. */
    void refuseOutside(Connection connection, long since, String phase, boolean rowsAllowed, boolean temporaryAllowed)
            throws SQLException {
        List<String> found = outside(connection, since, rowsAllowed, temporaryAllowed);
        if (!found.isEmpty()) {
            List<String> shown = found.size() > 20 ? found.subList(0, 20) : found;
            throw new DeployException(DeployErrorCode.REACHED_OUTSIDE, "the release's " + phase + " changed "
                    + String.join(", ", shown) + (found.size() > shown.size() ? " and " + (found.size() - 20)
                    + " more" : "") + " outside its colour; release code may only define objects in its own colour"
                    + " (changes to core belong in core-schema/, privileges are granted by the deployer)");
        }
    }

    private List<String> catalogRowsWritten(Connection connection, long since, boolean temporaryAllowed)
            throws SQLException {
        List<Long> inside = new ArrayList<>(List.of(schemaOid));
        if (temporaryAllowed) {
            inside.addAll(Sql.column(connection, """
                    SELECT n.oid::pg_catalog.text FROM pg_catalog.pg_namespace n
                     WHERE n.oid = pg_catalog.pg_my_temp_schema()
                        OR n.nspname = 'pg_toast_temp_' || pg_catalog.substr(pg_catalog.pg_my_temp_schema()
                                       ::pg_catalog.regnamespace::pg_catalog.text, 9)""").stream()
                    .map(Long::parseLong).toList());
        }
        List<String> written = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(catalogWrites)) {
            query.setString(1, Long.toString(since & 0xFFFFFFFFL));
            query.setLong(2, since);
            query.setLong(3, since & 0xFFFFFFFFL);
            query.setArray(4, connection.createArrayOf("oid", inside.toArray(Long[]::new)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    written.add(rows.getString(1));
                }
            }
        }
        return written;
    }

    /**
     * Refuses, between two statements of release code, a lock on a relation outside the schema
     * that would hold up the applications' own work (share update exclusive or stronger): it would
     * be held until the deploy ends. Call with the session's search path pinned.
     */
    void refuseStrongLocks(Connection connection, String phase) throws SQLException {
        List<String> taken = newStrongLocks(connection);
        if (!taken.isEmpty()) {
            throw new DeployException(DeployErrorCode.REACHED_OUTSIDE, "the release's " + phase + " locked "
                    + String.join(", ", taken) + " outside its colour, which would hold up the applications"
                    + " until the deploy ends; release code may read and write core's rows, not lock its tables");
        }
    }

    private List<String> newStrongLocks(Connection connection) throws SQLException {
        List<String> taken = new ArrayList<>(strongLocks(connection, schemaOid));
        taken.removeAll(locksBefore);
        return taken;
    }

    /** Relation locks of this session in modes that block applications' writes, outside the schema. */
    private static Set<String> strongLocks(Connection connection, long schemaOid) throws SQLException {
        return new LinkedHashSet<>(ToolSession.oneShotColumn(connection, """
                SELECT DISTINCT l.relation::pg_catalog.regclass::pg_catalog.text || ' (' || l.mode || ')'
                  FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) l.relation
                 WHERE l.pid OPERATOR(pg_catalog.=) pg_catalog.pg_backend_pid()
                   AND l.locktype OPERATOR(pg_catalog.=) 'relation'
                   AND l.mode OPERATOR(pg_catalog.=) ANY (ARRAY['ShareUpdateExclusiveLock', 'ShareLock',
                       'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'])
                   AND c.relnamespace OPERATOR(pg_catalog.<>) ALL (ARRAY[%d, 'pg_catalog'::pg_catalog.regnamespace,
                       'pg_toast'::pg_catalog.regnamespace, pg_catalog.pg_my_temp_schema()]::pg_catalog.oid[])"""
                .formatted(schemaOid)));
    }

    /**
     * One query over every catalog of this server: rows written since the mark, less those that
     * belong to an object of the schema. Catalog names come from the server's own pg_class.
     */
    private static String catalogWritesQuery(Connection connection) throws SQLException {
        // A deploying user that is no superuser cannot read pg_authid, pg_statistic, pg_largeobject or
        // pg_user_mapping; an owner role may not write them either (no CREATEROLE, no ownership).
        List<String> catalogs = Sql.column(connection, "SELECT c.relname::pg_catalog.text FROM pg_catalog.pg_class c"
                + " WHERE c.relnamespace = 'pg_catalog'::pg_catalog.regnamespace AND c.relkind = 'r'"
                + " AND pg_catalog.has_table_privilege(c.oid, 'SELECT') ORDER BY 1");
        // xmin at or after the mark (modulo 2^32, as xids wrap), and written by this transaction.
        String since = "pg_catalog.age(t.xmin) <= (SELECT age FROM since)"
                + " AND pg_catalog.pg_xact_status(((SELECT mark FROM since) + ((t.xmin::pg_catalog.text::pg_catalog.int8"
                + " - (SELECT low FROM since) + 4294967296) % 4294967296))::pg_catalog.text::pg_catalog.xid8)"
                + " = 'in progress'";
        List<String> branches = new ArrayList<>();
        for (String catalog : catalogs) {
            String name = Identifiers.check(catalog, "catalog");
            String classid;
            String objid;
            if (OBJECTS.contains(name)) {
                classid = "'pg_catalog." + name + "'::pg_catalog.regclass::pg_catalog.oid";
                objid = "t.oid";
            } else if (ROW_OWNERS.containsKey(name)) {
                classid = "'pg_catalog." + ROW_OWNERS.get(name)[0] + "'::pg_catalog.regclass::pg_catalog.oid";
                objid = ROW_OWNERS.get(name)[1];
            } else if (ABOUT_OBJECTS.containsKey(name)) {
                classid = ABOUT_OBJECTS.get(name)[0];
                objid = ABOUT_OBJECTS.get(name)[1];
            } else if (GLOBAL_OBJECTS.containsKey(name)) {
                classid = "'pg_catalog." + GLOBAL_OBJECTS.get(name) + "'::pg_catalog.regclass::pg_catalog.oid";
                objid = "t.oid";
            } else {
                classid = "NULL::pg_catalog.oid";
                objid = "NULL::pg_catalog.oid";
            }
            branches.add("SELECT '" + name + "'::pg_catalog.text AS catalog, " + classid + " AS classid, " + objid
                    + " AS objid FROM pg_catalog." + name + " t WHERE " + since);
        }
        return "WITH since AS (SELECT pg_catalog.age(?::pg_catalog.xid) AS age, ?::pg_catalog.int8 AS mark,"
                + " ?::pg_catalog.int8 AS low),\n" + ColourObjects.INSIDE + ",\n written AS (\n" + String.join("\n UNION ALL ", branches)
                + ")\nSELECT o.what || ' (' || pg_catalog.string_agg(DISTINCT o.catalog, ', ') || ')'"
                + "\n  FROM (SELECT w.catalog, coalesce(CASE WHEN w.classid IS NOT NULL AND w.objid IS NOT NULL"
                + " THEN pg_catalog.pg_describe_object(w.classid, w.objid, 0) END, w.catalog || ' row') AS what"
                // A hash join: NOT EXISTS under an OR became a subplan at some 200 us a row.
                + "\n          FROM written w LEFT JOIN inside i ON i.classid = w.classid AND i.objid = w.objid"
                + "\n         WHERE i.objid IS NULL) o"
                + "\n GROUP BY o.what ORDER BY 1";
    }

    /**
     * Rows inserted, updated or deleted per table outside the schema, as the backend counts them:
     * this transaction's, plus earlier ones' not yet reported, hence the comparison with a baseline.
     */
    private static Map<Long, Long> rowWrites(Connection connection, long schemaOid) throws SQLException {
        Map<Long, Long> writes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT s.relid, s.n_tup_ins + s.n_tup_upd + s.n_tup_del
                  FROM pg_catalog.pg_stat_xact_all_tables s JOIN pg_catalog.pg_class c ON c.oid = s.relid
                 WHERE c.relnamespace <> ?::pg_catalog.oid
                   AND c.relnamespace NOT IN ('pg_catalog'::pg_catalog.regnamespace, 'pg_toast'::pg_catalog.regnamespace)
                   AND s.n_tup_ins + s.n_tup_upd + s.n_tup_del > 0""")) {
            query.setLong(1, schemaOid);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    writes.put(rows.getLong(1), rows.getLong(2));
                }
            }
        }
        return writes;
    }

    private static Map<String, String> footprint(Connection connection, String schema, String owner,
                                                 List<String> protectedSchemas, boolean described) throws SQLException {
        Map<String, String> objects = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(FOOTPRINT)) {
            query.setArray(1, connection.createArrayOf("text", protectedSchemas.toArray()));
            query.setString(2, schema);
            query.setString(3, schema.replace("_", "\\_") + "\\_retired\\_%");
            query.setString(4, owner);
            query.setBoolean(5, described);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    objects.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return objects;
    }
}
