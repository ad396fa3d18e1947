package io.facadeswitch.backup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Objects;

/**
 * Which database a backup comes from: its name, the server's address and port ({@code local} and 0
 * on a Unix socket), the cluster's {@code system_identifier} (which needs {@code pg_control_system()};
 * {@code null} without it) and the environment migrate-core ran for, when known. A physical clone
 * (a restored base backup, a promoted replica) keeps the system identifier and the name, so they
 * alone do not tell it from its source.
 */
@Serdeable
public record DatabaseIdentity(String name, @Nullable String host, int port, @Nullable String systemIdentifier,
                               @Nullable String environment) {

    /**
     * Whether both are the same database, for listing and retention: the same name, address and port, the same
     * system identifier and environment where both know one. A clone elsewhere is another database, whose backups
     * this one neither lists nor deletes.
     */
    public boolean sameAs(DatabaseIdentity other) {
        return name.equals(other.name) && Objects.equals(host, other.host) && port == other.port
                && bothOrEither(systemIdentifier, other.systemIdentifier) && bothOrEither(environment, other.environment);
    }

    /**
     * Whether both may be the same database, for refusing a restore into it: the same name and system identifier, or,
     * without an identifier, the same address; a clone or another address to the same server counts.
     */
    public boolean maybeSameAs(DatabaseIdentity other) {
        if (!name.equals(other.name)) {
            return false;
        }
        if (systemIdentifier != null && other.systemIdentifier != null) {
            return systemIdentifier.equals(other.systemIdentifier);
        }
        return Objects.equals(host, other.host) && port == other.port;
    }

    private static boolean bothOrEither(@Nullable String one, @Nullable String other) {
        return one == null || other == null || one.equals(other);
    }

    /** The same database, known to be the environment's. */
    DatabaseIdentity in(@Nullable String environmentName) {
        return new DatabaseIdentity(name, host, port, systemIdentifier, environmentName);
    }

    /** The database the connection is on, read in the caller's transaction (a refused read is rolled back alone). */
    static DatabaseIdentity of(Connection connection) throws SQLException {
        String name;
        String host;
        int port;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_database(), host(inet_server_addr()),"
                     + " coalesce(inet_server_port(), 0)")) {
            row.next();
            name = row.getString(1);
            host = row.getString(2);
            port = row.getInt(3);
        }
        return new DatabaseIdentity(name, host == null ? "local" : host, port, systemIdentifier(connection), null);
    }

    @Nullable
    private static String systemIdentifier(Connection connection) throws SQLException {
        Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT system_identifier::text FROM pg_control_system()")) {
            String id = row.next() ? row.getString(1) : null;
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return id;
        } catch (SQLException refused) {
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
            return null; // not granted to this user: the address stands in
        }
    }

    /** {@code app on 10.0.0.5:5432}. */
    public String describe() {
        return name + " on " + host + ":" + port;
    }
}
