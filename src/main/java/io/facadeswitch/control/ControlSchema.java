package io.facadeswitch.control;

import io.facadeswitch.db.DatabaseErrorCode;
import io.facadeswitch.db.DatabaseException;
import io.facadeswitch.db.Liquibases;
import io.facadeswitch.db.Sql;
import io.facadeswitch.db.SqlErrors;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates and migrates the switch's own schema, {@code facade_switch}, from the classpath changelog. */
@Singleton
public final class ControlSchema {

    public static final String SCHEMA = "facade_switch";
    private static final Logger LOG = LoggerFactory.getLogger(ControlSchema.class);
    private static final String CHANGELOG = "db/control/changelog.xml";
    /** Session lock taken only while migrating the control schema, so two first runs do not race. */
    private static final long MIGRATION_LOCK_KEY = 0x66616361_64655f6dL;

    private static final Set<String> EXPECTED = expectedChangesets();

    private final DataSource dataSource;
    private final AuditRepository audit;

    ControlSchema(DataSource dataSource, AuditRepository audit) {
        this.audit = audit;
        // Unwrapped: these connections live outside any Micronaut-managed transaction.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Brings the control schema up to date, installing it where there is none; see {@link #migrate(boolean)}. */
    public boolean migrate() {
        return migrate(true).ran();
    }

    /**
     * Brings the control schema up to date. When every changeset of the classpath changelog is
     * already recorded, Liquibase (about a second of start-up on every command) is skipped. A
     * database without the control schema gets it only when {@code mayInstall}; otherwise it is
     * refused, naming the database, and nothing is created.
     */
    public Migration migrate(boolean mayInstall) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            State state = state(connection);
            if (state == State.CURRENT) {
                return new Migration(false, false);
            }
            if (state == State.ABSENT && !mayInstall) {
                throw missing(connection);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK_KEY + ")");
                try {
                    statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
                    statement.execute("SET search_path = " + SCHEMA);
                    releaseAbandonedLiquibaseLock(connection);
                    update(connection);
                } finally {
                    statement.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK_KEY + ")");
                    statement.execute("RESET search_path");
                }
            }
            return new Migration(true, state == State.ABSENT);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseErrorCode.CONNECTION_FAILED,
                    "could not prepare the control schema " + SCHEMA + ": " + SqlErrors.describe(e)
                            + "; the database user needs CREATE on the database", e);
        }
    }

    /**
     * What {@link #migrate(boolean)} did.
     *
     * @param ran       whether Liquibase had to run
     * @param installed whether the database had no control schema before
     */
    public record Migration(boolean ran, boolean installed) {
    }

    private static DatabaseException missing(Connection connection) throws SQLException {
        String database = Sql.column(connection, "SELECT current_database()").get(0);
        return new DatabaseException(DatabaseErrorCode.CONTROL_SCHEMA_MISSING, "database " + database
                + " has no " + SCHEMA + " schema: nothing was ever migrated or deployed there. Check"
                + " --db-url (a typo in the database name?), or install it there with migrate-core or"
                + " deploy; nothing was created");
    }

    /**
     * Reads the control schema once through the data layer: proves it is readable, and pays the
     * data layer's one-time start-up (some 200 ms on a cold JVM) before any operation's clock runs.
     */
    public long auditEntries() {
        return audit.count();
    }

    /**
     * Liquibase marks its lock row before it migrates and clears it when done; a run killed in
     * between leaves the row set, and every later run would wait five minutes for nobody. Every
     * run of this tool migrates the control schema only while it holds {@link #MIGRATION_LOCK_KEY},
     * and that lock dies with its session; holding it now proves the row's holder is gone.
     */
    private static void releaseAbandonedLiquibaseLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet lock = statement.executeQuery("SELECT to_regclass('" + SCHEMA + ".databasechangeloglock')")) {
            lock.next();
            if (lock.getString(1) == null) {
                return;
            }
        }
        try (Statement statement = connection.createStatement();
             // RETURNING sees the row as updated; the holder is read from the row as it was.
             ResultSet held = statement.executeQuery("WITH held AS (SELECT id, lockedby, lockgranted FROM " + SCHEMA
                     + ".databasechangeloglock WHERE locked FOR UPDATE) UPDATE " + SCHEMA + ".databasechangeloglock l"
                     + " SET locked = false, lockgranted = NULL, lockedby = NULL FROM held WHERE l.id = held.id"
                     + " RETURNING held.lockedby, held.lockgranted")) {
            while (held.next()) {
                LOG.warn("released the control schema's migration lock left by {} at {}, whose process is gone",
                        held.getString(1), held.getString(2));
            }
        }
    }

    /** The control schema's changelog table: absent, behind the classpath changelog, or current. */
    private enum State { ABSENT, BEHIND, CURRENT }

    private static State state(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("SELECT to_regclass('" + SCHEMA + ".databasechangelog')")) {
            exists.next();
            if (exists.getString(1) == null) {
                return State.ABSENT;
            }
        }
        if (EXPECTED.isEmpty()) {
            return State.BEHIND;
        }
        Set<String> applied = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT author, id FROM " + SCHEMA + ".databasechangelog")) {
            while (rows.next()) {
                applied.add(rows.getString(1) + ":" + rows.getString(2));
            }
        }
        return applied.containsAll(EXPECTED) ? State.CURRENT : State.BEHIND;
    }

    /**
     * author:id of every changeset in the classpath changelog, read from its formatted-SQL files;
     * empty when they cannot be read, which sends every start through Liquibase.
     */
    private static Set<String> expectedChangesets() {
        Set<String> ids = new HashSet<>();
        try {
            String master = resource(CHANGELOG);
            Matcher include = Pattern.compile("<include\\s+file=\"([^\"]+)\"").matcher(master);
            while (include.find()) {
                Matcher changeset = Pattern.compile("(?m)^--changeset\\s+([^:\\s]+):(\\S+)")
                        .matcher(resource("db/control/" + include.group(1)));
                while (changeset.find()) {
                    ids.add(changeset.group(1) + ":" + changeset.group(2));
                }
            }
            return ids;
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ControlSchema.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void update(Connection connection) throws SQLException {
        try {
            Liquibases.update(Liquibases.open(connection, SCHEMA), CHANGELOG, new ClassLoaderResourceAccessor());
        } catch (Exception e) {
            throw new DatabaseException(DatabaseErrorCode.QUERY_FAILED,
                    "could not migrate the control schema " + SCHEMA + ": " + SqlErrors.describe(e), e);
        }
    }
}
