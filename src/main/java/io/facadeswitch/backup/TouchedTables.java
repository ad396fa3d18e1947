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
 * words without a parser: {@code DROP TABLE}, {@code TRUNCATE}, {@code UPDATE},
 * {@code DELETE FROM}, {@code MERGE INTO}, an upsert and an {@code ALTER TABLE} that can lose
 * values ({@code DROP COLUMN}, {@code ALTER COLUMN ... TYPE}, or a subcommand not understood) name
 * their target; {@code CREATE}, {@code COMMENT}, {@code GRANT}, {@code REVOKE}, a plain
 * {@code INSERT} and the other {@code ALTER TABLE} subcommands lose nothing. Anything else (a
 * {@code DO} block, {@code WITH ...}) is not understood, so every core table it names anywhere,
 * string bodies included, counts as touched, and one that calls a function (other than a few
 * built-ins), as {@code CALL p()} or {@code SELECT f()} do, touches every core table: what the
 * function does is not read. A backup too many costs disk, one too few costs data.
 */
final class TouchedTables {

    static final String UPDATED = "updated";
    static final String DELETED_FROM = "deleted from";
    static final String MERGED_INTO = "merged into";
    static final String UPSERTED_INTO = "upserted into";
    static final String ALTERED = "altered";
    static final String DROPPED = "dropped";
    static final String TRUNCATED = "truncated";
    /** An {@code ALTER TABLE} that loses no value: no copy, but the table's lock must be the ALTER's own. */
    static final String ALTERED_WITHOUT_LOSS = "altered without loss";
    /** What changes rows and leaves the table's shape alone: a statement of these takes no exclusive lock. */
    static final Set<String> ROWS_ONLY = Set.of(UPDATED, DELETED_FROM, MERGED_INTO, UPSERTED_INTO);

    /** Built-in functions that change no table: calling them is no reason to protect everything. */
    private static final Set<String> HARMLESS_CALLS = Set.of("count", "sum", "min", "max", "avg", "coalesce", "nullif",
            "greatest", "least", "lower", "upper", "length", "now", "format", "concat", "substring", "trim", "replace",
            "string_agg", "array_agg", "jsonb_build_object", "json_build_object", "to_char", "date_trunc", "extract",
            "round", "abs", "current_setting", "set_config", "nextval", "currval", "setval", "exists", "cast");
    /** Words that a parenthesis follows without a function call. */
    private static final Set<String> NOT_CALLS = Set.of("as", "in", "values", "any", "all", "some", "array", "on",
            "using", "over", "filter", "from", "join", "where", "and", "or", "not", "select", "into", "by", "with",
            "lateral", "when", "then", "else", "is", "distinct", "row", "table", "returning", "having", "union",
            "except", "intersect", "set", "begin", "materialized", "conflict", "key", "check", "unique", "default",
            "within", "group", "partition", "window", "if", "elsif", "while", "return", "perform", "raise", "loop",
            "varchar", "char", "character", "varying", "numeric", "decimal", "timestamp", "timestamptz", "time", "interval",
            "bit", "varbit");

    /**
     * What a statement does to one table.
     *
     * @param what    {@link #UPDATED}, {@link #ALTERED}, ... or why it counts as touched
     * @param only    named with {@code ONLY}: its inheritance children are not reached
     * @param cascade the statement says {@code CASCADE} (a {@code TRUNCATE} empties the tables referencing it too)
     */
    record Touch(String what, boolean only, boolean cascade) {
    }

    private final String coreSchema;
    private final Set<String> tables;
    private final Map<String, Touch> touched = new LinkedHashMap<>();

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
        Map<String, String> what = new LinkedHashMap<>();
        touches(sql, coreSchema, tables).forEach((table, touch) -> what.put(table, touch.what()));
        return what;
    }

    /** As {@link #in}, with whether each was named with {@code ONLY} and whether the statement cascades. */
    static Map<String, Touch> touches(String sql, String coreSchema, Set<String> tables) {
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
            alterTable(statement);
        } else if (first.isWord("DROP") && second != null && second.isWord("TABLE")) {
            targets(statement, 2, true, DROPPED);
        } else if (first.isWord("DROP") && second != null && second.isWord("OWNED")) {
            all("possibly dropped by DROP OWNED (the objects of a role, not read)");
        } else if (first.isWord("DROP")) {
            dropOther(statement);
        } else if (first.isWord("TRUNCATE")) {
            targets(statement, second != null && second.isWord("TABLE") ? 2 : 1, true, TRUNCATED);
        } else if (first.isWord("UPDATE")) {
            targets(statement, 1, false, UPDATED);
        } else if (first.isWord("DELETE") || first.isWord("MERGE")) {
            targets(statement, 2, false, first.isWord("DELETE") ? DELETED_FROM : MERGED_INTO);
        } else {
            named(statement, "named in " + first.text().toUpperCase(Locale.ROOT));
            called(statement);
        }
    }

    /** A name at {@code i}, {@code IF EXISTS}, {@code ONLY} and the like skipped: its table, or none. */
    private record Name(String table, boolean only, int next) {
    }

    private Name name(List<Token> statement, int start) {
        int i = start;
        boolean only = false;
        while (i < statement.size() && (statement.get(i).isWord("IF") || statement.get(i).isWord("EXISTS")
                || statement.get(i).isWord("ONLY") || statement.get(i).isWord("INTO") || statement.get(i).isWord("FROM"))) {
            only |= statement.get(i).isWord("ONLY");
            i++;
        }
        if (i >= statement.size() || !statement.get(i).isName()) {
            return null;
        }
        String schema = null;
        String name = statement.get(i).folded();
        if (i + 2 < statement.size() && statement.get(i + 1).isSymbol('.') && statement.get(i + 2).isName()) {
            schema = name;
            name = statement.get(i + 2).folded();
            i += 2;
        }
        i++;
        if (i < statement.size() && statement.get(i).isSymbol('*')) {
            i++;
        }
        boolean ours = (schema == null || schema.equals(coreSchema)) && tables.contains(name);
        return new Name(ours ? name : null, only, i);
    }

    /** The table names from {@code start} on, one or a list. */
    private void targets(List<Token> statement, int start, boolean list, String what) {
        boolean cascade = statement.stream().anyMatch(t -> t.isWord("CASCADE"));
        int i = start;
        while (true) {
            Name name = name(statement, i);
            if (name == null) {
                return;
            }
            if (name.table() != null) {
                touched.putIfAbsent(name.table(), new Touch(what, name.only(), cascade));
            }
            i = name.next();
            if (!list || i >= statement.size() || !statement.get(i).isSymbol(',')) {
                return;
            }
            i++;
        }
    }

    /**
     * An {@code ALTER TABLE} touches its table when one of its subcommands can lose values: {@code DROP [COLUMN]},
     * {@code ALTER [COLUMN] c [SET DATA] TYPE}, or one not understood. The others lose nothing; they are still noted
     * ({@link #ALTERED_WITHOUT_LOSS}) so that a table copied for another reason is locked as the ALTER will lock it.
     */
    private void alterTable(List<Token> statement) {
        Name name = name(statement, 2);
        if (name == null || name.table() == null) {
            return;
        }
        boolean lossy = false;
        for (List<Token> action : actions(statement.subList(name.next(), statement.size()))) {
            lossy |= lossy(action);
        }
        Touch touch = new Touch(lossy ? ALTERED : ALTERED_WITHOUT_LOSS, name.only(), false);
        Touch before = touched.get(name.table());
        if (before == null || (lossy && ALTERED_WITHOUT_LOSS.equals(before.what()))) {
            touched.put(name.table(), touch);
        }
    }

    /** The subcommands of an ALTER TABLE: split at the commas outside parentheses. */
    private static List<List<Token>> actions(List<Token> tokens) {
        List<List<Token>> actions = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (Token token : tokens) {
            depth += token.isSymbol('(') ? 1 : token.isSymbol(')') ? -1 : 0;
            if (depth == 0 && token.isSymbol(',')) {
                actions.add(current);
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        actions.add(current);
        return actions;
    }

    private static boolean lossy(List<Token> action) {
        if (action.isEmpty()) {
            return true;
        }
        Token first = action.get(0);
        if (first.isWord("DROP")) {
            return action.size() < 2 || !action.get(1).isWord("CONSTRAINT");
        }
        if (first.isWord("ALTER")) {
            if (action.size() > 1 && action.get(1).isWord("CONSTRAINT")) {
                return false;
            }
            int i = action.size() > 1 && action.get(1).isWord("COLUMN") ? 3 : 2; // past the column's name
            if (i >= action.size()) {
                return true;
            }
            Token verb = action.get(i);
            Token next = i + 1 < action.size() ? action.get(i + 1) : null;
            if (verb.isWord("TYPE") || (verb.isWord("SET") && next != null && next.isWord("DATA"))) {
                return true;
            }
            return !(verb.isWord("SET") || verb.isWord("DROP") || verb.isWord("ADD") || verb.isWord("RESTART")
                    || verb.isWord("RESET") || verb.isWord("OPTIONS"));
        }
        for (String word : List.of("ADD", "RENAME", "VALIDATE", "ENABLE", "DISABLE", "FORCE", "NO", "CLUSTER", "OWNER",
                "REPLICA", "INHERIT", "OF", "NOT", "ATTACH", "DETACH", "SET", "RESET", "OPTIONS")) {
            if (first.isWord(word)) {
                return false;
            }
        }
        return true;
    }

    /** A statement not understood that calls a function: what the function does is not read, so every table. */
    private void called(List<Token> statement) {
        for (int i = 0; i + 1 < statement.size(); i++) {
            Token token = statement.get(i);
            if (token.isName() && statement.get(i + 1).isSymbol('(')) {
                String function = token.folded();
                if (!HARMLESS_CALLS.contains(function) && !NOT_CALLS.contains(function)) {
                    all("possibly changed by " + function + "(), which is not read");
                    return;
                }
            }
        }
    }

    private void all(String what) {
        tables.stream().sorted().forEach(table -> touched.putIfAbsent(table, new Touch(what, false, false)));
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
            all(what);
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
                TouchedTables.touches(token.text(), coreSchema, tables).forEach((table, touch) -> touched.putIfAbsent(table,
                        touch.what().startsWith("possibly") ? touch : new Touch(what, false, false)));
            } else if (token.isName() && tables.contains(token.folded())) {
                touched.putIfAbsent(token.folded(), new Touch(what, false, false));
            }
        }
    }
}
