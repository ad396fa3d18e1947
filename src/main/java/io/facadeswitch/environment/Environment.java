package io.facadeswitch.environment;

import io.facadeswitch.db.ConnectionSettings;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One database in the release chain, as {@code facade-switch.yaml} names it. Connection values
 * are kept as written, {@code ${VARIABLE}} references included, and resolved only by
 * {@link #connection(Function)}, so a secret is read when it is needed and never stored here.
 *
 * @param name        the name {@code --env} takes
 * @param dbUrl       its JDBC URL, possibly with references
 * @param dbUser      the user to connect as, possibly a reference; {@code null} when the file gives none
 * @param dbPassword  exactly one {@code ${VARIABLE}}, or {@code null}
 * @param appRoles    roles that applications log in as
 * @param predecessor the environment a release must have passed first; {@code null} for none
 * @param gates       the gates the file gives, by step; a step missing here is {@link Gate#OPEN}
 * @param backup      {@code required}, {@code optional} or {@code off}: whether migrate-core may go on without its
 *                    backup (see {@code io.facadeswitch.backup.BackupMode}); {@code null} leaves it to
 *                    {@code facade.backup.mode}
 * @param line        the line of the file the environment starts on, for messages
 */
public record Environment(String name, String dbUrl, @Nullable String dbUser, @Nullable String dbPassword,
                          List<String> appRoles, @Nullable String predecessor, Map<Step, Gate> gates,
                          @Nullable String backup, int line) {

    public Environment {
        appRoles = List.copyOf(appRoles);
        gates = Map.copyOf(gates);
    }

    /** The gate before that step: {@link Gate#OPEN} when the file names none. */
    public Gate gate(Step step) {
        return gates.getOrDefault(step, Gate.OPEN);
    }

    /**
     * The URL, user and password with every {@code ${VAR}} replaced from {@code variables}
     * (usually {@code System::getenv}).
     *
     * @throws EnvironmentException {@code ENV_VARIABLE_UNSET} naming the variable, this environment and its line
     */
    public ConnectionSettings connection(Function<String, String> variables) {
        String url = resolve(dbUrl, "db-url", variables);
        String user = resolve(dbUser, "db-user", variables);
        String password = resolve(dbPassword, "db-password", variables);
        try {
            return new ConnectionSettings(url, user, password);
        } catch (IllegalArgumentException e) {
            throw new EnvironmentException(EnvironmentErrorCode.ENV_CONFIG_INVALID, "environment '" + name + "' (line " + line
                    + " of its file): its db-url, with its variables resolved, is not usable: " + e.getMessage(), e);
        }
    }

    private String resolve(@Nullable String value, String key, Function<String, String> variables) {
        return Placeholders.resolve(value, variables, variable -> new EnvironmentException(
                EnvironmentErrorCode.ENV_VARIABLE_UNSET, "environment '" + name + "' (line " + line + " of its file) needs the"
                + " variable " + variable + " for " + key + ", and it is not set (or empty): export " + variable
                + " before running, or map the CI's secret to it"));
    }
}
