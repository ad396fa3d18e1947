package io.facadeswitch.rehearsal;

import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.db.SqlErrors;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The server {@code facade.rehearsal.db-url} names: kept for rehearsals, shared by them. */
final class ConfiguredServer implements RehearsalServer {

    private final ConnectionSettings admin;
    private final String version;
    private final int major;

    private ConfiguredServer(ConnectionSettings admin, String version, int major) {
        this.admin = admin;
        this.version = version;
        this.major = major;
    }

    static ConfiguredServer connect(RehearsalSettings settings) {
        ConnectionSettings admin;
        try {
            admin = new ConnectionSettings(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        } catch (IllegalArgumentException e) {
            throw unavailable("facade.rehearsal.db-url is not usable: " + e.getMessage(), e);
        }
        try (Connection connection = RehearsalServer.connect(admin); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('server_version'),"
                     + " current_setting('server_version_num')::int / 10000,"
                     + " (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)")) {
            row.next();
            if (!row.getBoolean(3)) {
                // Restoring objects owned by other roles, event triggers and rows with their triggers quiet
                // (session_replication_role) all need one; anything less fails half way through the copy.
                throw unavailable("the rehearsal server's user " + settings.dbUser() + " (facade.rehearsal.db-user) is not"
                        + " a superuser: a copy restores objects owned by other roles, event triggers and rows with their"
                        + " triggers quiet, which need one; use a superuser of a server kept for rehearsals, or leave"
                        + " facade.rehearsal.db-url unset for an embedded one", null);
            }
            return new ConfiguredServer(admin, row.getString(1).split(" ")[0], row.getInt(2));
        } catch (SQLException e) {
            throw unavailable("could not reach the rehearsal server " + ConnectionSettings.redact(settings.dbUrl())
                    + " (facade.rehearsal.db-url): " + SqlErrors.describe(e), e);
        }
    }

    private static RehearsalException unavailable(String message, Exception cause) {
        return new RehearsalException(RehearsalErrorCode.REHEARSAL_SERVER_UNAVAILABLE, message, cause);
    }

    @Override
    public String kind() {
        return "configured";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public int major() {
        return major;
    }

    @Override
    public ConnectionSettings admin() {
        return admin;
    }

    @Override
    public ConnectionSettings database(String name) {
        return new ConnectionSettings(JdbcUrls.parse(admin.url()).withDatabase(name), admin.user(), admin.password());
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public void close() {
        // the server is not ours to stop
    }
}
