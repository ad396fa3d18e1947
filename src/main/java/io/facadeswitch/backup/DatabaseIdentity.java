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
 * Which database a backup comes from. The cluster's {@code system_identifier} tells two servers
 * apart whatever their address; reading it needs privileges ({@code pg_control_system()}), so
 * without it the server's address and port stand in.
 */
@Serdeable
public record DatabaseIdentity(String name, @Nullable String host, int port, @Nullable String systemIdentifier) {

    /** Whether both name the same database of the same cluster. */
    public boolean sameAs(DatabaseIdentity other) {
        if (!name.equals(other.name)) {
            return false;
        }
        if (systemIdentifier != null && other.systemIdentifier != null) {
            return systemIdentifier.equals(other.systemIdentifier);
        }
        return Objects.equals(host, other.host) && port == other.port;
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
        return new DatabaseIdentity(name, host == null ? "local" : host, port, systemIdentifier(connection));
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
