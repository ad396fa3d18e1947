package io.facadeswitch.backup;

import io.facadeswitch.db.SqlTokens;
import io.facadeswitch.db.SqlTokens.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which existing core tables a piece of SQL may change the rows or the shape of, read from its
 * words without a parser: {@code ALTER TABLE}, {@code DROP TABLE}, {@code TRUNCATE},
 * {@code UPDATE}, {@code DELETE FROM}, {@code MERGE INTO} and an upsert name their target;
 * {@code CREATE}, {@code COMMENT}, {@code GRANT}, {@code REVOKE} and a plain {@code INSERT} lose
 * nothing. Anything else (a {@code DO} block, {@code CALL}, {@code SELECT f()}) is not understood,
 * so every core table it names anywhere, string bodies included, counts as touched: a backup too
 * many costs disk, one too few costs data.
 */
final class TouchedTables {

    static final String UPDATED = "updated";
    static final String DELETED_FROM = "deleted from";
    static final String MERGED_INTO = "merged into";
    static final String UPSERTED_INTO = "upserted into";
    /** What changes rows and leaves the table's shape alone: a statement of these takes no exclusive lock. */
    static final Set<String> ROWS_ONLY = Set.of(UPDATED, DELETED_FROM, MERGED_INTO, UPSERTED_INTO);

    private final String coreSchema;
    private final Set<String> tables;
    private final Map<String, String> touched = new LinkedHashMap<>();

    private TouchedTables(String coreSchema, Set<String> tables) {
        this.coreSchema = coreSchema;
        this.tables = tables;
    }

    /**
     * @param sql        one or more statements, separated by semicolons
     * @param coreSchema the schema unqualified names resolve to (the migration's search path)
     * @param tables     the core schema's existing tables, as the catalog spells them
     * @return each touched table with what the SQL does to it ({@code altered}, {@code dropped}, ...), in order
     */
    static Map<String, String> in(String sql, String coreSchema, Set<String> tables) {
        TouchedTables reader = new TouchedTables(coreSchema, tables);
        for (List<Token> statement : statements(SqlTokens.of(sql))) {
            reader.read(statement);
        }
        return reader.touched;
    }

    private static List<List<Token>> statements(List<Token> tokens) {
        List<List<Token>> statements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token token : tokens) {
            if (token.isSymbol(';')) {
                if (!current.isEmpty()) {
                    statements.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            statements.add(current);
        }
        return statements;
    }

    private void read(List<Token> statement) {
        Token first = statement.get(0);
        Token second = statement.size() > 1 ? statement.get(1) : null;
        if (first.isWord("CREATE") || first.isWord("COMMENT") || first.isWord("GRANT") || first.isWord("REVOKE")) {
            return;
        }
        if (first.isWord("INSERT")) {
            if (isUpsert(statement)) {
                targets(statement, 2, false, UPSERTED_INTO);
            }
        } else if (first.isWord("ALTER") && second != null && second.isWord("TABLE")) {
            targets(statement, 2, false, "altered");
        } else if (first.isWord("DROP") && second != null && second.isWord("TABLE")) {
            targets(statement, 2, true, "dropped");
        } else if (first.isWord("DROP")) {
            dropOther(statement);
        } else if (first.isWord("TRUNCATE")) {
            targets(statement, second != null && second.isWord("TABLE") ? 2 : 1, true, "truncated");
        } else if (first.isWord("UPDATE")) {
            targets(statement, 1, false, UPDATED);
        } else if (first.isWord("DELETE") || first.isWord("MERGE")) {
            targets(statement, 2, false, first.isWord("DELETE") ? DELETED_FROM : MERGED_INTO);
        } else {
            named(statement, "named in " + first.text().toUpperCase(Locale.ROOT));
        }
    }

    /** The table names from {@code start} on ({@code IF EXISTS} and {@code ONLY} skipped), one or a list. */
    private void targets(List<Token> statement, int start, boolean list, String what) {
        int i = start;
        while (true) {
            while (i < statement.size() && (statement.get(i).isWord("IF") || statement.get(i).isWord("EXISTS")
                    || statement.get(i).isWord("ONLY") || statement.get(i).isWord("INTO")
                    || statement.get(i).isWord("FROM"))) {
                i++;
            }
            if (i >= statement.size() || !statement.get(i).isName()) {
                return;
            }
            String schema = null;
            String name = statement.get(i).folded();
            if (i + 2 < statement.size() && statement.get(i + 1).isSymbol('.') && statement.get(i + 2).isName()) {
                schema = name;
                name = statement.get(i + 2).folded();
                i += 2;
            }
            if ((schema == null || schema.equals(coreSchema)) && tables.contains(name)) {
                touched.putIfAbsent(name, what);
            }
            i++;
            if (i < statement.size() && statement.get(i).isSymbol('*')) {
                i++;
            }
            if (!list || i >= statement.size() || !statement.get(i).isSymbol(',')) {
                return;
            }
            i++;
        }
    }

    /**
     * A drop of something other than a table touches no rows, unless it cascades from a type, a
     * domain or an extension into the columns that use it, or takes the core schema with it.
     */
    private void dropOther(List<Token> statement) {
        Token kind = statement.size() > 1 ? statement.get(1) : null;
        boolean cascades = statement.stream().anyMatch(t -> t.isWord("CASCADE"));
        boolean reachesColumns = kind != null && (kind.isWord("TYPE") || kind.isWord("DOMAIN") || kind.isWord("EXTENSION"));
        boolean schema = kind != null && kind.isWord("SCHEMA")
                && statement.stream().anyMatch(t -> t.isName() && t.folded().equals(coreSchema));
        if (schema || (cascades && reachesColumns)) {
            String what = "dropped with " + (schema ? "the schema" : "DROP " + kind.text().toUpperCase(Locale.ROOT)
                    + " ... CASCADE");
            tables.stream().sorted().forEach(table -> touched.putIfAbsent(table, what));
        }
    }

    private static boolean isUpsert(List<Token> statement) {
        for (int i = 0; i + 3 < statement.size(); i++) {
            if (statement.get(i).isWord("ON") && statement.get(i + 1).isWord("CONFLICT")) {
                for (int j = i + 2; j + 1 < statement.size(); j++) {
                    if (statement.get(j).isWord("DO") && statement.get(j + 1).isWord("UPDATE")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Every core table named anywhere in the statement, inside string and dollar-quoted bodies too. */
    private void named(List<Token> statement, String what) {
        for (Token token : statement) {
            if (token.type() == SqlTokens.Type.LITERAL) {
                TouchedTables.in(token.text(), coreSchema, tables).keySet()
                        .forEach(table -> touched.putIfAbsent(table, what));
            } else if (token.isName() && tables.contains(token.folded())) {
                touched.putIfAbsent(token.folded(), what);
            }
        }
    }
}
