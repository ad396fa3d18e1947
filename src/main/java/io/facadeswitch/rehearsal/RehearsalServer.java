package io.facadeswitch.rehearsal;

import io.facadeswitch.db.ConnectionSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A PostgreSQL server on which a rehearsal makes its throwaway database. */
interface RehearsalServer extends AutoCloseable {

    /** {@code configured} (facade.rehearsal.db-url) or {@code embedded}. */
    String kind();

    /** {@code server_version}, e.g. {@code 15.20}. */
    String version();

    int major();

    /** Where to connect to as the user who creates (and drops) the copies. */
    ConnectionSettings admin();

    /** The same server and user, on another database of it. */
    ConnectionSettings database(String name);

    /**
     * Whether the server outlives the rehearsal, so that roles created for a copy (roles belong to
     * the server, not a database) must be dropped with it.
     */
    boolean shared();

    @Override
    void close();

    static Connection connect(ConnectionSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }
}
