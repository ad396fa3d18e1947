package io.facadeswitch.environment;

import io.facadeswitch.db.ConnectionFailures;
import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.db.SqlErrors;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Function;

/**
 * Plain, short-lived, read-only connections to other environments (a predecessor, every
 * environment for {@code envs}), with that environment's own credentials from its variables, and
 * timeouts short enough that one unreachable database never holds up the others for long.
 */
final class EnvironmentConnections {

    static final int TIMEOUT_SECONDS = 5;

    private final Function<String, String> variables;

    EnvironmentConnections(Function<String, String> variables) {
        this.variables = variables;
    }

    /** A read-only connection to the environment's database; a failure says which and why, in one line. */
    Connection open(Environment environment) {
        ConnectionSettings settings = environment.connection(variables);
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        String seconds = Integer.toString(TIMEOUT_SECONDS);
        properties.setProperty("connectTimeout", seconds);
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("socketTimeout", Integer.toString(TIMEOUT_SECONDS * 2));
        properties.setProperty("ApplicationName", "facade-switch (reading " + environment.name() + ")");
        try {
            Connection connection = DriverManager.getConnection(settings.url(), properties);
            connection.setReadOnly(true);
            return connection;
        } catch (SQLException e) {
            String why = ConnectionFailures.describe(settings.url(), e).map(Throwable::getMessage)
                    .orElseGet(() -> SqlErrors.describe(e));
            throw new GateException(GateErrorCode.PREDECESSOR_UNREACHABLE, "cannot reach environment "
                    + environment.name() + " (" + ConnectionSettings.redact(settings.url()) + "): " + why, e);
        }
    }
}
