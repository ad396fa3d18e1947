package io.facadeswitch.control;

import io.facadeswitch.db.DatabaseException;
import io.facadeswitch.db.Liquibases;
import io.facadeswitch.db.SqlErrors;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import javax.sql.DataSource;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Creates and migrates the switch's own schema, {@code facade_switch}, from the classpath changelog. */
@Singleton
public final class ControlSchema {

    public static final String SCHEMA = "facade_switch";
    private static final String CHANGELOG = "db/control/changelog.xml";
    /** Session lock taken only while migrating the control schema, so two first runs do not race. */
    private static final long MIGRATION_LOCK_KEY = 0x66616361_64655f6dL;

    private final DataSource dataSource;
    private final AuditRepository audit;

    ControlSchema(DataSource dataSource, AuditRepository audit) {
        this.audit = audit;
        // Unwrapped: these connections live outside any Micronaut-managed transaction.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK_KEY + ")");
                try {
                    statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
                    statement.execute("SET search_path = " + SCHEMA);
                    update(connection);
                } finally {
                    statement.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK_KEY + ")");
                    statement.execute("RESET search_path");
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Code.CONNECTION_FAILED,
                    "could not prepare the control schema " + SCHEMA + ": " + SqlErrors.describe(e)
                            + "; the database user needs CREATE on the database", e);
        }
    }

    /**
     * Reads the control schema once through the data layer: proves it is readable, and pays the
     * data layer's one-time start-up (some 200 ms on a cold JVM) before any operation's clock runs.
     */
    public long auditEntries() {
        return audit.count();
    }

    private static void update(Connection connection) throws SQLException {
        try {
            Liquibases.update(Liquibases.open(connection, SCHEMA), CHANGELOG, new ClassLoaderResourceAccessor());
        } catch (Exception e) {
            throw new DatabaseException(DatabaseException.Code.QUERY_FAILED,
                    "could not migrate the control schema " + SCHEMA + ": " + SqlErrors.describe(e), e);
        }
    }
}
