package io.facadeswitch.facade;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a facade file may not do, checked before anything reaches the database: the deployer owns
 * the transaction, the schema and the search path; a release names neither colour. These are
 * early, friendly refusals of the common mistakes; what holds against a determined release is the
 * sandbox it runs in and the check of its effects (see {@link ColourBuild}).
 */
final class FacadeRules {

    private static final Set<String> TRANSACTION_CONTROL = Set.of(
            "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "PREPARE", "VACUUM");
    private static final Set<String> DEFINABLE = Set.of(
            "VIEW", "FUNCTION", "PROCEDURE", "TYPE", "DOMAIN", "AGGREGATE", "OPERATOR", "TRIGGER", "RULE");
    private static final Pattern RESERVED_SCHEMAS =
            Pattern.compile("facade_(blue|green|switch)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_COMMENTS = Pattern.compile("^(?:\\s|--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)*",
            Pattern.DOTALL);
    /** A definition whose name is schema-qualified: group 1 the kind, group 2 the schema, group 3 the name. */
    private static final Pattern QUALIFIED_DEFINITION = Pattern.compile("^CREATE\\s+(?:OR\\s+REPLACE\\s+)?"
            + "((?:(?:MATERIALIZED|RECURSIVE)\\s+)?(?:VIEW|FUNCTION|PROCEDURE|TYPE|DOMAIN|AGGREGATE))\\s+"
            + "(?:IF\\s+NOT\\s+EXISTS\\s+)?(\"[^\"]+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)\\s*\\.\\s*"
            + "(\"[^\"]+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)", Pattern.CASE_INSENSITIVE);

    private FacadeRules() {
    }

    static void check(FacadeFile file) {
        for (SqlStatement statement : file.statements()) {
            String problem = problem(statement);
            if (problem == null && file.kind() == FacadeFile.Kind.FACADE) {
                problem = notADefinition(statement);
            }
            if (problem == null && file.kind() == FacadeFile.Kind.FACADE) {
                problem = qualifiedName(statement);
            }
            if (problem != null) {
                throw new DeployException(DeployErrorCode.SOURCES_INVALID,
                        file.path() + ":" + statement.line() + ": " + problem, file.path(), statement.line(), null, null);
            }
        }
        namedInAComment(file);
    }

    /**
     * Without this, {@code CREATE VIEW public.x} meets PostgreSQL's "permission denied for schema
     * public" (the owner role may create only in its colour), which does not say the rule.
     */
    private static String qualifiedName(SqlStatement statement) {
        String text = UnicodeEscapes.decode(statement.text());
        Matcher qualified = QUALIFIED_DEFINITION.matcher(text.substring(leadingComments(text)));
        if (!qualified.find()) {
            return null;
        }
        String kind = qualified.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return "creates " + kind.toLowerCase(Locale.ROOT) + " " + qualified.group(2) + "." + qualified.group(3)
                + " in another schema: create facade objects unqualified (CREATE " + kind + " " + qualified.group(3)
                + " ...); they go into the colour being built, and only there";
    }

    /**
     * The statements are checked above; what lies between them (comments) is checked here, since
     * the rule is that a release never names a colour or the control schema, "not even in comments".
     */
    private static void namedInAComment(FacadeFile file) {
        Matcher reserved = RESERVED_SCHEMAS.matcher(file.content());
        if (reserved.find()) {
            int line = SqlScript.lineOf(file.content(), reserved.start());
            throw new DeployException(DeployErrorCode.SOURCES_INVALID, file.path() + ":" + line + ": names the schema "
                    + reserved.group().toLowerCase(Locale.ROOT) + " in a comment: a release must not name a colour or"
                    + " the control schema, not even in comments (which colour it lands in is the deployer's choice);"
                    + " say \"this colour\" or \"the other colour\" instead", file.path(), line, null, null);
        }
    }

    private static int leadingComments(String text) {
        Matcher comments = LEADING_COMMENTS.matcher(text);
        return comments.lookingAt() ? comments.end() : 0;
    }

    /**
     * A definition file only defines: the colour is rebuilt from scratch, so nothing needs
     * dropping or altering, data lives in core, and the deployer grants privileges.
     */
    private static String notADefinition(SqlStatement statement) {
        List<String> words = statement.keywords();
        if (words.isEmpty() || (words.get(0).equals("COMMENT") && words.size() > 1 && words.get(1).equals("ON"))) {
            return null;
        }
        if (words.get(0).equals("CREATE")) {
            int kind = words.size() > 2 && words.get(1).equals("OR") && words.get(2).equals("REPLACE") ? 3 : 1;
            if (words.size() > kind + 1 && words.get(kind).equals("MATERIALIZED") && words.get(kind + 1).equals("VIEW")) {
                return null;
            }
            if (words.size() > kind + 1 && words.get(kind).equals("RECURSIVE") && words.get(kind + 1).equals("VIEW")) {
                return null;
            }
            if (words.size() > kind + 1 && words.get(kind).equals("CONSTRAINT") && words.get(kind + 1).equals("TRIGGER")) {
                return null;
            }
            if (words.size() > kind && DEFINABLE.contains(words.get(kind))) {
                return null;
            }
        }
        String what = String.join(" ", words.subList(0, Math.min(2, words.size())));
        return what + " is not allowed in a facade file: a release only defines views, functions, procedures,"
                + " types, domains, aggregates, operators, triggers and rules, and comments on them (its colour is"
                + " rebuilt from scratch; tables and data belong in core-schema/; the deployer grants privileges)";
    }

    private static String problem(SqlStatement statement) {
        List<String> words = statement.keywords();
        if (words.isEmpty()) {
            return null;
        }
        for (String lead : statement.innerLeadWords()) {
            // END after a semicolon closes a BEGIN ATOMIC body; anything else here would run as
            // its own statement once the driver splits there.
            if (TRANSACTION_CONTROL.contains(lead) && !lead.equals("END")) {
                return lead + " inside a statement is not allowed: the deployer runs the whole release in one"
                        + " transaction; check for a missing END or closing parenthesis before it";
            }
        }
        if (TRANSACTION_CONTROL.contains(words.get(0))) {
            return words.get(0) + " is not allowed: the deployer runs the whole release in one transaction;"
                    + " remove the transaction control";
        }
        if (statement.startsWith("CREATE", "SCHEMA") || statement.startsWith("DROP", "SCHEMA")
                || statement.startsWith("ALTER", "SCHEMA")) {
            return "schemas are the deployer's: a release creates objects in its colour without naming a schema";
        }
        if (words.get(0).equals("SET") || words.get(0).equals("RESET")) {
            return words.get(0) + " is not allowed: the deployer sets the search path and role;"
                    + " use SET clauses on functions instead";
        }
        Matcher reserved = RESERVED_SCHEMAS.matcher(UnicodeEscapes.decode(statement.text()));
        if (reserved.find()) {
            return "names the schema " + reserved.group().toLowerCase(Locale.ROOT) + ": a release must not name a"
                    + " colour or the control schema, so that one colour never reaches into the other;"
                    + " use unqualified names";
        }
        return null;
    }
}
