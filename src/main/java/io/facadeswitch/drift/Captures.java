package io.facadeswitch.drift;

import io.facadeswitch.control.ControlSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The DDL the event triggers recorded, and which recorded command made a given difference: the
 * newest one that names the object (or its table), or, for privileges, a GRANT or REVOKE whose
 * statement names it (PostgreSQL reports no object for those).
 */
final class Captures {

    /** Enough history to name the author of every open difference; older commands are in the table. */
    private static final int RECENT = 1000;
    /** Statements are kept whole in the table; a report carries their first part. */
    private static final int STATEMENT_CHARS = 10_000;
    private static final List<String> TRIGGERS = List.of("facade_switch_capture_ddl", "facade_switch_capture_drop");

    private final List<Recorded> recent;

    private Captures(List<Recorded> recent) {
        this.recent = recent;
    }

    /** A recorded command with the objects it named, lower-cased. */
    private record Recorded(CapturedStatement statement, List<String> objects) {
    }

    static Captures load(Connection connection, List<String> schemas) throws SQLException {
        List<Recorded> recent = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, captured_at::text, session_user_name,"
                + " current_user_name, application_name, host(client_addr), command_tag, left(statement, "
                + STATEMENT_CHARS + "),"
                + " ARRAY(SELECT lower(o ->> 'identity') FROM jsonb_array_elements(objects) o"
                + "        WHERE o ->> 'identity' IS NOT NULL)"
                + " FROM " + ControlSchema.SCHEMA + ".ddl_captures WHERE schemas && ?::text[] OR schemas = '{}'"
                + " ORDER BY id DESC LIMIT " + RECENT)) {
            query.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    CapturedStatement statement = new CapturedStatement(rows.getLong(1), rows.getString(2),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8));
                    recent.add(new Recorded(statement, List.of((String[]) rows.getArray(9).getArray())));
                }
            }
        }
        return new Captures(recent);
    }

    /** The highest capture id there is, 0 when none. */
    static long through(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT coalesce(max(id), 0) FROM " + ControlSchema.SCHEMA
                     + ".ddl_captures")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Deletes captured statements older than {@code retention}; returns how many. */
    static int prune(Connection connection, Duration retention) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + ControlSchema.SCHEMA
                + ".ddl_captures WHERE captured_at < now() - ? * interval '1 second'")) {
            delete.setLong(1, retention.toSeconds());
            return delete.executeUpdate();
        }
    }

    /** "on", or "off: why", from the event triggers themselves. */
    static String state(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FILTER (WHERE evtenabled IN ('O', 'A')),"
                + " (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)"
                + " FROM pg_catalog.pg_event_trigger WHERE evtname = ANY (?::text[])")) {
            query.setArray(1, connection.createArrayOf("text", TRIGGERS.toArray()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                if (row.getInt(1) == TRIGGERS.size()) {
                    return "on";
                }
                return row.getBoolean(2)
                        ? "off: the event triggers " + String.join(", ", TRIGGERS) + " are missing or disabled; 'drift'"
                            + " puts them back when a superuser owns the control schema and its capture_ddl function"
                            + " (else whoever owns them could change what every role's DDL runs)"
                        : "off: only a superuser may create event triggers (managed services often allow none), so"
                            + " drift is found by comparison with the record alone and nobody's name is known";
            }
        }
    }

    /**
     * Creates the event triggers where they are missing, when this role is a superuser and a
     * superuser owns the capture's function, its table and the control schema: otherwise whoever
     * owns them could change what the triggers run, as every role that runs DDL, superusers
     * included. Changes nothing when any of that does not hold.
     */
    static void install(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    DO $install$
                    BEGIN
                        IF pg_catalog.to_regproc('facade_switch.capture_ddl') IS NULL
                           OR NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)
                           OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                                       WHERE NOT r.rolsuper AND r.oid IN (
                                             (SELECT proowner FROM pg_catalog.pg_proc
                                               WHERE oid = 'facade_switch.capture_ddl'::pg_catalog.regproc),
                                             (SELECT nspowner FROM pg_catalog.pg_namespace WHERE nspname = 'facade_switch'),
                                             (SELECT relowner FROM pg_catalog.pg_class
                                               WHERE oid = 'facade_switch.ddl_captures'::pg_catalog.regclass))) THEN
                            RETURN;
                        END IF;
                        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_event_trigger
                                        WHERE evtname = 'facade_switch_capture_ddl') THEN
                            CREATE EVENT TRIGGER facade_switch_capture_ddl ON ddl_command_end
                                EXECUTE FUNCTION facade_switch.capture_ddl();
                        END IF;
                        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_event_trigger
                                        WHERE evtname = 'facade_switch_capture_drop') THEN
                            CREATE EVENT TRIGGER facade_switch_capture_drop ON sql_drop
                                EXECUTE FUNCTION facade_switch.capture_ddl();
                        END IF;
                    END
                    $install$""");
        }
    }

    /**
     * The newest recorded command about an object of {@code schema}.
     *
     * @param name  the object's name (a routine's without its arguments)
     * @param table the table it belongs to, when it is part of one (a column, an index), else the name
     * @param privileges whether the difference is in privileges (GRANT and REVOKE name no object)
     */
    Optional<CapturedStatement> about(String schema, String name, String table, boolean privileges) {
        String qualifiedName = (schema + "." + name).toLowerCase(Locale.ROOT);
        String qualifiedTable = (schema + "." + table).toLowerCase(Locale.ROOT);
        if (privileges) {
            // GRANT and REVOKE name no object: the newest one whose text names it, qualified if any does;
            // an owner changed by ALTER ... OWNER TO is found by its object below.
            Optional<CapturedStatement> grant = newestGrant(qualifiedTable).or(() -> newestGrant(table));
            if (grant.isPresent()) {
                return grant;
            }
        }
        for (Recorded recorded : recent) {
            for (String object : recorded.objects()) {
                if (object.equals(qualifiedName) || object.equals(qualifiedTable)
                        || object.startsWith(qualifiedName + "(") || object.startsWith(qualifiedTable + ".")
                        || object.endsWith(" on " + qualifiedTable)) {
                    return Optional.of(recorded.statement());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<CapturedStatement> newestGrant(String name) {
        return recent.stream().map(Recorded::statement).filter(Captures::isGrant)
                .filter(statement -> mentions(statement.statement(), name)).findFirst();
    }

    private static boolean isGrant(CapturedStatement statement) {
        return statement.commandTag().equals("GRANT") || statement.commandTag().equals("REVOKE");
    }

    private static boolean mentions(String statement, String name) {
        return statement.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + Pattern.quote(
                name.toLowerCase(Locale.ROOT)) + "\\b.*");
    }
}
