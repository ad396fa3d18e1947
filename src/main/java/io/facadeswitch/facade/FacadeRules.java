package io.facadeswitch.facade;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a facade file may not do, checked before anything reaches the database: the deployer owns
 * the transaction, the schema and the search path; a release names neither colour.
 */
final class FacadeRules {

    private static final Set<String> TRANSACTION_CONTROL = Set.of(
            "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "PREPARE", "VACUUM");
    private static final Pattern RESERVED_SCHEMAS =
            Pattern.compile("facade_(blue|green|switch)", Pattern.CASE_INSENSITIVE);

    private FacadeRules() {
    }

    static void check(FacadeFile file) {
        for (SqlStatement statement : file.statements()) {
            String problem = problem(statement);
            if (problem != null) {
                throw new DeployException(DeployException.Code.SOURCES_INVALID,
                        file.path() + ":" + statement.line() + ": " + problem, file.path(), statement.line(), null, null);
            }
        }
    }

    private static String problem(SqlStatement statement) {
        List<String> words = statement.keywords();
        if (words.isEmpty()) {
            return null;
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
        Matcher reserved = RESERVED_SCHEMAS.matcher(statement.text());
        if (reserved.find()) {
            return "names the schema " + reserved.group().toLowerCase(Locale.ROOT) + ": a release must not name a"
                    + " colour or the control schema, so that one colour never reaches into the other;"
                    + " use unqualified names";
        }
        return null;
    }
}
