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

    private FacadeRules() {
    }

    static void check(FacadeFile file) {
        for (SqlStatement statement : file.statements()) {
            String problem = problem(statement);
            if (problem == null && file.kind() == FacadeFile.Kind.FACADE) {
                problem = notADefinition(statement);
            }
            if (problem != null) {
                throw new DeployException(DeployErrorCode.SOURCES_INVALID,
                        file.path() + ":" + statement.line() + ": " + problem, file.path(), statement.line(), null, null);
            }
        }
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
