package io.facadeswitch.drift;

import io.facadeswitch.OperatorText;
import io.facadeswitch.db.SqlTokens;
import io.facadeswitch.db.SqlTokens.Token;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The object a statement creates or is about, read from its first words: its kind, its name as
 * PostgreSQL resolves it (unquoted names folded to lower case, any schema dropped, since facade
 * files name objects unqualified) and, for routines, its arguments.
 *
 * @param kind      {@code view}, {@code materialized view}, {@code function}, {@code procedure},
 *                  {@code aggregate} or {@code type}; for a COMMENT ON or ALTER also {@code routine},
 *                  and {@code column} (then {@code name} is the column's relation)
 * @param arguments a routine's arguments; null for other kinds and where a statement gives none
 */
record ObjectHeader(String kind, String name, @Nullable List<RoutineArgument> arguments) {

    private static final Set<String> KINDS = Set.of("view", "materialized view", "function", "procedure", "aggregate", "type");
    private static final Set<String> ROUTINES = Set.of("function", "procedure", "aggregate", "routine");

    /** What a {@code CREATE [OR REPLACE] ...} statement creates, when it is one of the {@link #KINDS}. */
    static Optional<ObjectHeader> created(String statement) {
        Reader reader = new Reader(SqlTokens.of(statement));
        if (!reader.take("CREATE")) {
            return Optional.empty();
        }
        reader.take("OR", "REPLACE");
        reader.skipAny("TEMP", "TEMPORARY", "RECURSIVE");
        String kind = reader.kind();
        if (kind == null || !KINDS.contains(kind)) {
            return Optional.empty();
        }
        reader.take("IF", "NOT", "EXISTS");
        return reader.object(kind);
    }

    /** What a {@code COMMENT ON ...} or {@code ALTER ...} statement is about, when it names an object by kind. */
    static Optional<ObjectHeader> commentedOrAltered(String statement) {
        Reader reader = new Reader(SqlTokens.of(statement));
        if (reader.take("COMMENT", "ON")) {
            String kind = reader.kind();
            if ("column".equals(kind)) {
                List<String> parts = reader.dottedName();
                return parts.size() < 2 ? Optional.empty()
                        : Optional.of(new ObjectHeader(kind, parts.get(parts.size() - 2), null));
            }
            return kind == null ? Optional.empty() : reader.object(kind);
        }
        if (reader.take("ALTER")) {
            String kind = reader.kind();
            reader.take("IF", "EXISTS");
            return kind == null || kind.equals("column") ? Optional.empty() : reader.object(kind);
        }
        return Optional.empty();
    }

    /**
     * An object named as PostgreSQL prints it: {@code order_summary}, {@code "Order Summary"}, or
     * for a routine its name and argument types, {@code place_order(bigint, jsonb)}.
     *
     * @throws IllegalArgumentException when the kind is unknown or the identity is not such a name
     */
    static ObjectHeader named(String kind, String identity) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown object kind '" + OperatorText.shown(kind) + "': use one of " + KINDS);
        }
        Reader reader = new Reader(SqlTokens.of(identity));
        List<String> parts = reader.dottedName();
        List<RoutineArgument> arguments = ROUTINES.contains(kind) ? reader.arguments(false) : null;
        if (parts.isEmpty() || !reader.atEnd() || ROUTINES.contains(kind) && arguments == null) {
            throw new IllegalArgumentException(kind + " '" + OperatorText.shown(identity) + "' is not a name as PostgreSQL prints it: give "
                    + (ROUTINES.contains(kind) ? "the name and argument types, e.g. place_order(bigint, jsonb)"
                    : "the name alone, quoted where needed, e.g. order_summary or \"Order Summary\""));
        }
        return new ObjectHeader(kind, parts.get(parts.size() - 1), arguments);
    }

    /** Whether this statement's object (of a COMMENT ON or ALTER) is the one that {@code created} creates. */
    boolean refersTo(ObjectHeader created) {
        boolean sameKind = kind.equals(created.kind)
                || kind.equals("routine") && (created.kind.equals("function") || created.kind.equals("procedure"))
                || kind.equals("column") && created.kind.endsWith("view");
        return sameKind && name.equals(created.name)
                && (arguments == null || created.arguments == null || RoutineArgument.sameTypes(arguments, created.arguments));
    }

    /** Reads tokens from the front. */
    private static final class Reader {
        private final List<Token> tokens;
        private int next;

        Reader(List<Token> tokens) {
            this.tokens = tokens;
        }

        /** Consumes the words when they come next, all of them. */
        boolean take(String... words) {
            for (int i = 0; i < words.length; i++) {
                if (next + i >= tokens.size() || !tokens.get(next + i).isWord(words[i])) {
                    return false;
                }
            }
            next += words.length;
            return true;
        }

        /** Consumes any of the words, in any order, as long as one comes next. */
        void skipAny(String... words) {
            boolean skipped = true;
            while (skipped) {
                skipped = false;
                for (String word : words) {
                    skipped |= take(word);
                }
            }
        }

        boolean atEnd() {
            return next >= tokens.size();
        }

        @Nullable
        String kind() {
            if (take("MATERIALIZED", "VIEW")) {
                return "materialized view";
            }
            for (String kind : List.of("VIEW", "FUNCTION", "PROCEDURE", "AGGREGATE", "TYPE", "ROUTINE", "COLUMN")) {
                if (take(kind)) {
                    return kind.toLowerCase(Locale.ROOT);
                }
            }
            return null;
        }

        Optional<ObjectHeader> object(String kind) {
            List<String> parts = dottedName();
            if (parts.isEmpty()) {
                return Optional.empty();
            }
            boolean withoutOut = kind.equals("function") || kind.equals("aggregate");
            List<RoutineArgument> arguments = ROUTINES.contains(kind) ? arguments(withoutOut) : null;
            return Optional.of(new ObjectHeader(kind, parts.get(parts.size() - 1), arguments));
        }

        /** A name such as {@code a}, {@code "A b"} or {@code s.a}, each part folded; empty when none comes next. */
        List<String> dottedName() {
            List<String> parts = new ArrayList<>();
            if (atEnd() || !tokens.get(next).isName()) {
                return parts;
            }
            parts.add(tokens.get(next++).folded());
            while (next + 1 < tokens.size() && tokens.get(next).isSymbol('.') && tokens.get(next + 1).isName()) {
                parts.add(tokens.get(next + 1).folded());
                next += 2;
            }
            return parts;
        }

        /** The parenthesised argument list that comes next, or null when none does. */
        @Nullable
        List<RoutineArgument> arguments(boolean withoutOut) {
            if (atEnd() || !tokens.get(next).isSymbol('(')) {
                return null;
            }
            int depth = 0;
            for (int i = next; i < tokens.size(); i++) {
                depth += tokens.get(i).isSymbol('(') ? 1 : tokens.get(i).isSymbol(')') ? -1 : 0;
                if (depth == 0) {
                    List<Token> inside = tokens.subList(next + 1, i);
                    next = i + 1;
                    return RoutineArgument.list(inside, withoutOut);
                }
            }
            return null;
        }
    }
}
