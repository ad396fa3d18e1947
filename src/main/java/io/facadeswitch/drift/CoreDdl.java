package io.facadeswitch.drift;

import io.facadeswitch.core.CatalogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The DDL that brings a core schema as recorded to the core as it is, one difference at a time,
 * printed from the catalog (not from the captured text, which may hold more than one command):
 * the statements a changeset needs, with the schema's name taken out, since changesets run with
 * the core schema as their default. A difference the catalog cannot print back (a changed column
 * type, a changed table) gets no statement, and the caller says so.
 */
final class CoreDdl {

    /**
     * Routines before the tables (a default or a trigger may call one; their bodies are not
     * checked, see {@link #prologue}), views last but owners and grants.
     */
    private static final List<String> KINDS = List.of("type", "sequence", "function", "procedure", "table", "column",
            "constraint", "index", "trigger", "view", "owner", "grant");

    private final Pattern schemaPrefix;

    CoreDdl(String coreSchema) {
        // The schema's name where it qualifies a name: not inside another name (mycore.x) or a setting (core.x').
        this.schemaPrefix = Pattern.compile("(?<![\\w$\".'])" + Pattern.quote(coreSchema) + "\\.(?=[\\w\"])");
    }

    /**
     * What a changeset of these differences starts with: as pg_dump does, routine bodies are not
     * checked at creation, so a SQL function may name a table the same changeset creates after it.
     */
    static List<String> prologue(List<DriftItem> items) {
        return items.stream().anyMatch(item -> item.objectKind().equals("function") || item.objectKind().equals("procedure"))
                ? List.of("SET LOCAL check_function_bodies = off") : List.of();
    }

    /** Where a difference's DDL goes in a changeset: tables before their columns, those before constraints and so on. */
    static int order(DriftItem item) {
        int rank = KINDS.indexOf(item.objectKind());
        return rank < 0 ? KINDS.size() : rank;
    }

    /** The statements for one difference, or empty when it must be written by hand. */
    Optional<List<String>> statements(DriftItem item, List<DriftItem> all) {
        DriftKind change = DriftKind.of(item.change());
        String current = item.current() == null ? null : unqualified(item.current());
        String id = item.identity();
        List<String> sql = new ArrayList<>();
        if (!item.objectKind().equals("table") && tableRemoved(table(item), all)) {
            return Optional.of(sql); // DROP TABLE takes its columns, constraints, indexes, triggers and grants along
        }
        switch (item.objectKind()) {
            case "index" -> sql.add(change == DriftKind.REMOVED ? "DROP INDEX " + id : current);
            case "constraint" -> {
                String table = table(item);
                String name = id.substring(table.length() + 1);
                if (change != DriftKind.ADDED) {
                    sql.add("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
                }
                if (change != DriftKind.REMOVED) {
                    sql.add("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + current);
                }
            }
            case "trigger" -> {
                String table = table(item);
                String name = id.substring(table.length() + 1);
                if (change != DriftKind.ADDED) {
                    sql.add("DROP TRIGGER " + name + " ON " + table);
                }
                if (change != DriftKind.REMOVED) {
                    int state = current.indexOf(" -- ");
                    sql.add(state < 0 ? current : current.substring(0, state));
                    if (current.endsWith(" -- disabled")) {
                        sql.add("ALTER TABLE " + table + " DISABLE TRIGGER " + name);
                    }
                }
            }
            case "column" -> {
                String table = table(item);
                String name = id.substring(table.length() + 1);
                if (change == DriftKind.CHANGED || tableAdded(table, all)) {
                    return change == DriftKind.CHANGED ? Optional.empty() : Optional.of(List.of());
                }
                sql.add(change == DriftKind.ADDED ? "ALTER TABLE " + table + " ADD COLUMN " + name + " " + current
                        : "ALTER TABLE " + table + " DROP COLUMN " + name);
            }
            case "table" -> {
                if (change == DriftKind.CHANGED) {
                    return Optional.empty();
                }
                sql.add(change == DriftKind.REMOVED ? "DROP TABLE " + id : createTable(id, current, all));
            }
            case "view" -> sql.add(change == DriftKind.REMOVED ? "DROP VIEW " + id
                    : "CREATE OR REPLACE VIEW " + id + " AS\n" + stripSemicolon(current));
            case "function", "procedure" -> sql.add(change == DriftKind.REMOVED
                    ? "DROP " + item.objectKind().toUpperCase(Locale.ROOT) + " " + unqualified(id) : current);
            case "sequence" -> sql.add(change == DriftKind.REMOVED ? "DROP SEQUENCE " + id
                    : change == DriftKind.ADDED ? "CREATE SEQUENCE " + id + " " + current
                    // Only the options: a RESTART here would reset the sequence of every other environment.
                    : "ALTER SEQUENCE " + id + " " + current.replaceFirst(" START WITH \\S+", ""));
            case "grant" -> {
                String object = grantObject(id);
                String role = id.substring(id.lastIndexOf(" to ") + 4);
                if (change != DriftKind.ADDED) {
                    sql.add("REVOKE ALL ON " + object + " FROM " + role);
                }
                if (change != DriftKind.REMOVED) {
                    sql.add(grants(object, role, current));
                }
            }
            case "owner" -> {
                if (change != DriftKind.CHANGED) {
                    return Optional.of(List.of());
                }
                sql.add("ALTER " + ownerTarget(id) + " OWNER TO " + current);
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(sql);
    }

    private String createTable(String table, String current, List<DriftItem> all) {
        List<String> columns = all.stream().filter(other -> other.objectKind().equals("column")
                        && DriftKind.of(other.change()) == DriftKind.ADDED && table(other).equals(table))
                .map(column -> column.identity().substring(table.length() + 1) + " " + unqualified(column.current()))
                .toList();
        String options = current == null ? "" : current.trim();
        boolean unlogged = options.startsWith("UNLOGGED ");
        return "CREATE " + (unlogged ? "UNLOGGED " : "") + "TABLE " + table + " (\n    " + String.join(",\n    ", columns)
                + "\n)" + (unlogged ? options.substring("UNLOGGED ".length()) : options).replaceFirst("^(?=.)", " ");
    }

    private static boolean tableRemoved(String table, List<DriftItem> all) {
        return all.stream().anyMatch(other -> other.objectKind().equals("table") && other.identity().equals(table)
                && DriftKind.of(other.change()) == DriftKind.REMOVED);
    }

    private static boolean tableAdded(String table, List<DriftItem> all) {
        return all.stream().anyMatch(other -> other.objectKind().equals("table") && other.identity().equals(table)
                && DriftKind.of(other.change()) == DriftKind.ADDED);
    }

    private static String grants(String object, String role, String privileges) {
        List<String> plain = new ArrayList<>();
        List<String> grantable = new ArrayList<>();
        for (String privilege : privileges.split(", ")) {
            if (privilege.endsWith(" WITH GRANT OPTION")) {
                grantable.add(privilege.substring(0, privilege.length() - " WITH GRANT OPTION".length()));
            } else {
                plain.add(privilege);
            }
        }
        List<String> statements = new ArrayList<>();
        if (!plain.isEmpty()) {
            statements.add("GRANT " + String.join(", ", plain) + " ON " + object + " TO " + role);
        }
        if (!grantable.isEmpty()) {
            statements.add("GRANT " + String.join(", ", grantable) + " ON " + object + " TO " + role
                    + " WITH GRANT OPTION");
        }
        return String.join(";\n", statements);
    }

    /** "table orders to app" → "TABLE orders"; "function f(integer) to app" → "FUNCTION f(integer)". */
    private String grantObject(String identity) {
        String object = identity.substring(0, identity.lastIndexOf(" to "));
        return kindWord(object, true) + " " + unqualified(CatalogEntry.withoutKind(object));
    }

    private String ownerTarget(String identity) {
        return kindWord(identity, false) + " " + unqualified(CatalogEntry.withoutKind(identity));
    }

    /** The SQL word for the kind an identity starts with: "materialized view mv" is a TABLE to GRANT, a MATERIALIZED VIEW to ALTER. */
    private static String kindWord(String object, boolean forGrant) {
        for (String kind : List.of("materialized view", "foreign table", "procedure", "function", "sequence", "schema",
                "view")) {
            if (object.startsWith(kind + " ")) {
                return forGrant && (kind.equals("materialized view") || kind.equals("foreign table") || kind.equals("view"))
                        ? "TABLE" : kind.toUpperCase(Locale.ROOT);
            }
        }
        return "TABLE";
    }


    private static String table(DriftItem item) {
        return new CatalogEntry(item.objectKind(), item.identity(), "").table();
    }

    private String unqualified(String sql) {
        return schemaPrefix.matcher(sql).replaceAll("");
    }

    private static String stripSemicolon(String sql) {
        String trimmed = sql.strip();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
