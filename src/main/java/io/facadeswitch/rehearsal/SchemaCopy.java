package io.facadeswitch.rehearsal;

import io.facadeswitch.control.ControlSchema;
import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.db.Sql;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.rehearsal.RehearsalReport.CopiedTable;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/**
 * Makes the copy: the environment's roles (they belong to the server, so pg_dump leaves them
 * out), its schema as pg_dump writes it, the rows of the tables the steps read (the control
 * schema's record, Liquibase's history, the reference tables, with {@code --with-data} every table
 * up to the limit) and every sequence's position.
 */
final class SchemaCopy {

    /** Control tables that are history or live state of this server, not the record the steps need. */
    private static final Set<String> CONTROL_TABLES_LEFT_EMPTY = Set.of("audit_log", "ddl_captures", "proxy_samples",
            "replicas", "drift_checks", "rehearsals");
    private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

    private final Connection source;
    private final ThrowawayDatabase copy;
    private final RehearsalServer server;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> createdRoles = new ArrayList<>();

    SchemaCopy(Connection source, ThrowawayDatabase copy, RehearsalServer server) {
        this.source = source;
        this.copy = copy;
        this.server = server;
    }

    /**
     * What the copy holds, and whom the tool logs in as there.
     *
     * @param tool the environment's own user when it could be made with a password of the copy's; else the server's
     */
    record Made(ConnectionSettings tool, List<String> roles, List<CopiedTable> tables, List<String> warnings) {
    }

    List<String> warnings() {
        return warnings;
    }

    /** Roles first, then the schema, then the rows; a failure says which part. */
    Made make(PgDump pgDump, ConnectionSettings sourceSettings, Path work, String coreSchema,
              Set<String> referenceTables, boolean withData, long withDataMaxBytes, long lockWaitMs,
              Consumer<Process> running) {
        ConnectionSettings tool = roles();
        String script = pgDump.schema(sourceSettings, snapshot(), work, lockWaitMs, server.major(), running);
        try (Connection target = RehearsalServer.connect(copy.settings()); Statement statement = target.createStatement()) {
            statement.execute(script);
        } catch (SQLException e) {
            throw new CopyFailure("the environment's schema did not restore on the rehearsal server " + server.version()
                    + ": " + SqlErrors.describe(e) + (server.major() == pgDump.major() ? ""
                    : " (pg_dump " + pgDump.version() + " wrote it)"));
        }
        List<CopiedTable> tables = rows(coreSchema, referenceTables, withData, withDataMaxBytes);
        sequences();
        return new Made(tool, List.copyOf(createdRoles), tables, List.copyOf(warnings));
    }

    /**
     * Every role of the environment that the server lacks, with its attributes and memberships.
     * The tool's own user gets a login with a password made for this copy, so the steps run as
     * the environment's user (its privileges, the owner of what it creates), not as a superuser.
     */
    private ConnectionSettings roles() {
        String toolUser;
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String[]> memberships = new ArrayList<>();
        try (Statement statement = source.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT current_user")) {
                row.next();
                toolUser = row.getString(1);
            }
            try (ResultSet rows = statement.executeQuery("SELECT rolname, concat_ws(' ',"
                    + " CASE WHEN rolsuper THEN 'SUPERUSER' END, CASE WHEN rolcreaterole THEN 'CREATEROLE' END,"
                    + " CASE WHEN rolcreatedb THEN 'CREATEDB' END, CASE WHEN NOT rolinherit THEN 'NOINHERIT' END,"
                    + " CASE WHEN rolbypassrls THEN 'BYPASSRLS' END) FROM pg_roles WHERE rolname !~ '^pg_' ORDER BY 1")) {
                while (rows.next()) {
                    attributes.put(rows.getString(1), rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT g.rolname, m.rolname FROM pg_auth_members a"
                    + " JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member ORDER BY 1, 2")) {
                while (rows.next()) {
                    memberships.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        } catch (SQLException e) {
            throw new CopyFailure("could not read the environment's roles: " + SqlErrors.describe(e));
        }
        ConnectionSettings admin = server.admin();
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        boolean toolLogin = false;
        try (Connection target = RehearsalServer.connect(admin)) {
            Set<String> existing = Set.copyOf(Sql.column(target, "SELECT rolname FROM pg_roles"));
            for (Map.Entry<String, String> role : attributes.entrySet()) {
                if (existing.contains(role.getKey())) {
                    continue;
                }
                boolean isTool = role.getKey().equals(toolUser);
                String options = (isTool ? "LOGIN " : "NOLOGIN ") + role.getValue();
                if (!execute(target, "format('CREATE ROLE %I " + options + "', ?::text)", role.getKey())) {
                    continue;
                }
                if (isTool) {
                    toolLogin = setPassword(target, role.getKey(), password);
                }
                createdRoles.add(role.getKey());
                if (server.shared()) {
                    copy.madeRole(role.getKey());
                    execute(target, "format('COMMENT ON ROLE %I IS %L', ?::text, ?::text)", role.getKey(),
                            Leftovers.roleMark(copy.name()));
                }
            }
            List<String> notGranted = new ArrayList<>();
            for (String[] membership : memberships) {
                if (!createdRoles.contains(membership[1])) {
                    continue;
                }
                // Only among roles made for this copy: a role of the rehearsal server's own (or a predefined
                // pg_* one) would lend the release's code its rights there, beyond the copy.
                if (createdRoles.contains(membership[0])) {
                    execute(target, "format('GRANT %I TO %I', ?::text, ?::text)", membership[0], membership[1]);
                } else {
                    notGranted.add(membership[1] + " in " + membership[0]);
                }
            }
            if (!notGranted.isEmpty()) {
                warnings.add("memberships in roles the rehearsal server has of its own were not granted: "
                        + String.join(", ", notGranted));
            }
        } catch (SQLException e) {
            throw new CopyFailure("could not make the environment's roles on the rehearsal server: " + SqlErrors.describe(e));
        }
        if (toolLogin) {
            return new ConnectionSettings(copy.settings().url(), toolUser, password);
        }
        if (!toolUser.equals(admin.user())) {
            warnings.add("the steps ran as the rehearsal server's user " + admin.user() + ", not as the environment's "
                    + toolUser + " (that role exists there already, and its password is not ours to know)");
        }
        return copy.settings();
    }

    /** Sent hashed (SCRAM), so the password never reaches the server's log or pg_stat_statements as text. */
    private boolean setPassword(Connection target, String role, String password) {
        try {
            target.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
            return true;
        } catch (SQLException e) {
            warnings.add("role " + role + ": could not give it a password for the copy: " + SqlErrors.describe(e));
            return false;
        }
    }

    /** Runs the statement that {@code SELECT <formatSql>} makes of the values (a role first); a failure is a warning. */
    private boolean execute(Connection target, String formatSql, String... values) {
        String value = values[0];
        try (PreparedStatement make = target.prepareStatement("SELECT " + formatSql)) {
            for (int i = 0; i < values.length; i++) {
                make.setString(i + 1, values[i]);
            }
            try (ResultSet sql = make.executeQuery(); Statement statement = target.createStatement()) {
                sql.next();
                statement.execute(sql.getString(1));
                return true;
            }
        } catch (SQLException e) {
            warnings.add("role " + value + ": " + SqlErrors.describe(e));
            return false;
        }
    }

    /** The source's transaction, exported: pg_dump then sees exactly what this connection sees. */
    private String snapshot() {
        try (Statement statement = source.createStatement(); ResultSet row = statement.executeQuery("SELECT pg_export_snapshot()")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new CopyFailure("could not export a snapshot of this database for pg_dump: " + SqlErrors.describe(e));
        }
    }

    private List<CopiedTable> rows(String coreSchema, Set<String> referenceTables, boolean withData, long maxBytes) {
        List<CopiedTable> copied = new ArrayList<>();
        try (Connection target = RehearsalServer.connect(copy.settings()); Statement setup = target.createStatement()) {
            // Rows come in any order: foreign keys and triggers (audit, change logs) stay quiet while they load.
            setup.execute("SET session_replication_role = replica");
            target.setAutoCommit(false);
            for (String[] table : tables()) {
                String schema = table[0];
                String name = table[1];
                long bytes = Long.parseLong(table[2]);
                String qualified = qualified(source, schema, name);
                boolean wanted = schema.equals(ControlSchema.SCHEMA) ? !CONTROL_TABLES_LEFT_EMPTY.contains(name)
                        : schema.equals(coreSchema) && (LIQUIBASE_TABLES.contains(name) || referenceTables.contains(name))
                        || withData;
                if (!wanted) {
                    continue;
                }
                boolean always = schema.equals(ControlSchema.SCHEMA) || schema.equals(coreSchema)
                        && (LIQUIBASE_TABLES.contains(name) || referenceTables.contains(name));
                if (!always && bytes > maxBytes) {
                    copied.add(new CopiedTable(qualified, 0, bytes, true));
                    continue;
                }
                copied.add(new CopiedTable(qualified, copyRows(target, qualified, table[3].equals("p")), bytes, false));
            }
            target.commit();
        } catch (SQLException e) {
            throw new CopyFailure("could not copy the rows of the environment's tables: " + SqlErrors.describe(e));
        }
        return copied;
    }

    /** Ordinary and partitioned tables (not their partitions, which the parent's rows fill) outside the system schemas. */
    private List<String[]> tables() throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (Statement statement = source.createStatement(); ResultSet rows = statement.executeQuery("SELECT n.nspname,"
                + " c.relname, CASE WHEN c.relkind = 'p' THEN (SELECT coalesce(sum(pg_table_size(t.relid)), 0)"
                + " FROM pg_partition_tree(c.oid) t) ELSE pg_table_size(c.oid) END, c.relkind"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname <> 'information_schema'"
                + " AND n.nspname !~ '^pg_' ORDER BY 1, 2")) {
            while (rows.next()) {
                tables.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)});
            }
        }
        return tables;
    }

    /** Streams the rows from the environment into the copy, COPY to COPY; the generated columns recompute themselves. */
    private long copyRows(Connection target, String qualified, boolean partitioned) throws SQLException {
        String columns;
        try (PreparedStatement query = source.prepareStatement("SELECT string_agg(quote_ident(attname), ', ' ORDER BY"
                + " attnum) FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped"
                + " AND attgenerated = ''")) {
            query.setString(1, qualified);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                columns = row.getString(1);
            }
        }
        if (columns == null) {
            return 0;
        }
        // A partitioned table's rows are its partitions'; a plain one's are its own, not its inheritance children's.
        CopyOut out = source.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT " + columns + " FROM "
                + (partitioned ? "" : "ONLY ") + qualified + ") TO STDOUT");
        CopyIn in = target.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + qualified + " (" + columns
                + ") FROM STDIN");
        try {
            byte[] chunk;
            while ((chunk = out.readFromCopy()) != null) {
                in.writeToCopy(chunk, 0, chunk.length);
            }
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
            if (out.isActive()) {
                out.cancelCopy();
            }
        }
    }

    private void sequences() {
        List<Object[]> positions = new ArrayList<>();
        try (Statement statement = source.createStatement(); ResultSet rows = statement.executeQuery("SELECT schemaname,"
                + " sequencename, last_value FROM pg_sequences WHERE last_value IS NOT NULL")) {
            while (rows.next()) {
                positions.add(new Object[] {rows.getString(1), rows.getString(2), rows.getLong(3)});
            }
        } catch (SQLException e) {
            warnings.add("sequence positions were not copied: " + SqlErrors.describe(e));
            return;
        }
        try (Connection target = RehearsalServer.connect(copy.settings());
             PreparedStatement set = target.prepareStatement("SELECT setval(format('%I.%I', ?::text, ?::text)::regclass, ?)")) {
            for (Object[] position : positions) {
                set.setString(1, (String) position[0]);
                set.setString(2, (String) position[1]);
                set.setLong(3, (Long) position[2]);
                set.execute();
            }
        } catch (SQLException e) {
            warnings.add("sequence positions were not all copied: " + SqlErrors.describe(e));
        }
    }

    private static String qualified(Connection connection, String schema, String name) throws SQLException {
        return Sql.column(connection, "SELECT format('%I.%I', ?::text, ?::text)", schema, name).get(0);
    }
}
