package io.facadeswitch.drift;

import io.facadeswitch.db.SqlTokens;
import io.facadeswitch.db.SqlTokens.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One argument of a routine's argument list, read loosely. The name is optional in SQL, so an
 * argument of two or more words could be "name type" or a type of several words: both readings
 * are kept, and two arguments match when a reading of one is a reading of the other. Types are
 * compared as PostgreSQL prints them: aliases resolved ({@code int} is {@code integer}), type
 * modifiers and schema names dropped.
 *
 * @param mode          IN, OUT, INOUT or VARIADIC (IN when not written)
 * @param possibleTypes the argument's type under each reading
 */
record RoutineArgument(String mode, Set<String> possibleTypes) {

    private static final Set<String> MODES = Set.of("IN", "OUT", "INOUT", "VARIADIC");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int2", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("float", "double precision"), Map.entry("bool", "boolean"), Map.entry("varchar", "character varying"),
            Map.entry("char", "character"), Map.entry("bpchar", "character"), Map.entry("decimal", "numeric"),
            Map.entry("dec", "numeric"), Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timestamp", "timestamp without time zone"), Map.entry("timetz", "time with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("varbit", "bit varying"));

    /**
     * The arguments between a routine's parentheses; {@code *} (an aggregate of no arguments) is
     * none, and an ordered-set aggregate's {@code ORDER BY} separates like a comma.
     *
     * @param withoutOut leave out OUT arguments, which are not part of a function's identity
     */
    static List<RoutineArgument> list(List<Token> inside, boolean withoutOut) {
        if (inside.size() == 1 && inside.get(0).isSymbol('*')) {
            return List.of();
        }
        List<RoutineArgument> arguments = new ArrayList<>();
        for (List<Token> part : splitTopLevel(inside)) {
            RoutineArgument argument = of(part);
            if (!(withoutOut && argument.mode.equals("OUT"))) {
                arguments.add(argument);
            }
        }
        return List.copyOf(arguments);
    }

    /** Same number of arguments, each pair matching under some reading. */
    static boolean sameTypes(List<RoutineArgument> a, List<RoutineArgument> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).possibleTypes.stream().noneMatch(b.get(i).possibleTypes::contains)) {
                return false;
            }
        }
        return true;
    }

    private static RoutineArgument of(List<Token> tokens) {
        List<Token> declared = new ArrayList<>(withoutDefault(tokens));
        String mode = "IN";
        for (int i = 0; i < Math.min(2, declared.size() - 1); i++) {
            Token token = declared.get(i);
            if (token.type() == SqlTokens.Type.WORD && MODES.contains(token.text().toUpperCase(Locale.ROOT))) {
                mode = token.text().toUpperCase(Locale.ROOT);
                declared.remove(i);
                break;
            }
        }
        Set<String> types = new LinkedHashSet<>();
        types.add(typeName(declared));
        if (declared.size() > 1) {
            types.add(typeName(declared.subList(1, declared.size())));
        }
        return new RoutineArgument(mode, Set.copyOf(types));
    }

    private static List<List<Token>> splitTopLevel(List<Token> inside) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < inside.size(); i++) {
            Token token = inside.get(i);
            depth += token.isSymbol('(') ? 1 : token.isSymbol(')') ? -1 : 0;
            boolean orderBy = token.isWord("ORDER") && i + 1 < inside.size() && inside.get(i + 1).isWord("BY");
            if (depth == 0 && (token.isSymbol(',') || orderBy)) {
                parts.add(current);
                current = new ArrayList<>();
                i += orderBy ? 1 : 0;
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty() || !parts.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    private static List<Token> withoutDefault(List<Token> tokens) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            depth += token.isSymbol('(') ? 1 : token.isSymbol(')') ? -1 : 0;
            if (depth == 0 && (token.isWord("DEFAULT") || token.isSymbol('='))) {
                return tokens.subList(0, i);
            }
        }
        return tokens;
    }

    /** A type as PostgreSQL prints it, without modifiers or schema: {@code int4(3)[2]} is {@code integer[]}. */
    private static String typeName(List<Token> tokens) {
        List<Token> words = new ArrayList<>();
        boolean array = false;
        int depth = 0;
        for (Token token : tokens) {
            if (token.isSymbol('(') || token.isSymbol('[')) {
                depth++;
                array |= token.isSymbol('[');
            } else if (token.isSymbol(')') || token.isSymbol(']')) {
                depth--;
            } else if (depth == 0 && token.isWord("ARRAY")) {
                array = true;
            } else if (depth == 0 && token.isSymbol('.')) {
                words.clear();
            } else if (depth == 0) {
                words.add(token);
            }
        }
        StringBuilder name = new StringBuilder();
        for (Token word : words) {
            name.append(name.isEmpty() ? "" : " ").append(word.folded());
        }
        boolean quoted = words.stream().anyMatch(word -> word.type() == SqlTokens.Type.QUOTED);
        String base = quoted ? name.toString() : ALIASES.getOrDefault(name.toString(), name.toString());
        return array ? base + "[]" : base;
    }
}
