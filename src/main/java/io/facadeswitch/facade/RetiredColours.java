package io.facadeswitch.facade;

import io.facadeswitch.db.Identifiers;
import io.facadeswitch.db.Sql;
import io.facadeswitch.db.SqlErrors;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a colour of thousands of objects is rebuilt within a default server's lock table
 * ({@code max_locks_per_transaction} x connections, about 8,000 locks at the defaults).
 *
 * <p>Dropping a colour locks every object it holds (a view takes four: relation, row type, array
 * type, rule) and building one locks two per view; both in one transaction overflowed the
 * default table between 2,000 and 2,500 views. So the deploy transaction only renames the old
 * schema out of the way (one lock) and builds the new one; if the deploy fails, the rename rolls
 * back with it and the colour is as it was. After the commit the retired schema, which nothing can reach any more, is
 * dropped in batches of {@link #BATCH} objects, one transaction each. A retired schema left
 * behind by a killed command is dropped by the next deploy.
 */
final class RetiredColours {

    /** Objects dropped per transaction: a few thousand locks at most. */
    static final int BATCH = 400;
    /** Session lock so that two processes never drop the same retired schema at once. */
    private static final long DROP_LOCK_KEY = 0x66616361_64655f72L;
    private static final Logger LOG = LoggerFactory.getLogger(RetiredColours.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private RetiredColours() {
    }

    /**
     * Renames the schema away, inside the caller's transaction, and takes it from everyone but
     * its owner; returns the new name, or {@code null} when there was no schema.
     */
    static String retire(Connection connection, String schema) throws SQLException {
        if (Sql.column(connection, "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?", schema).isEmpty()) {
            return null;
        }
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        String retired = Identifiers.check(schema + "_retired_" + HexFormat.of().formatHex(suffix), "schema");
        List<String> grantees = Sql.column(connection, """
                SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC'
                                     ELSE a.grantee::pg_catalog.regrole::pg_catalog.text END
                  FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) a
                 WHERE n.nspname = ? AND a.grantee <> n.nspowner""", schema);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER SCHEMA " + Identifiers.quote(schema, "schema") + " RENAME TO " + retired);
            for (String grantee : grantees) {
                // regrole's output is a quoted identifier already
                statement.execute("REVOKE ALL ON SCHEMA " + retired + " FROM " + grantee);
            }
        }
        return retired;
    }

    /**
     * Drops every retired schema of the facade, in batches, each in its own transaction; a
     * failure is logged and left for the next run. Returns how many schemas went; none when
     * another process is dropping them.
     */
    static int dropAll(DataSource dataSource, Duration lockTimeout) {
        return dropAll(dataSource, lockTimeout, Duration.ZERO);
    }

    /**
     * {@link #dropAll(DataSource, Duration)}, but when another process is dropping retired
     * schemas, first waits up to {@code wait} for it to finish; what it left is dropped here.
     */
    static int dropAll(DataSource dataSource, Duration lockTimeout, Duration wait) {
        try {
            return dropAllOrThrow(dataSource, lockTimeout, wait);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not drop a retired colour schema yet ({}); the next deploy tries again",
                    SqlErrors.describe(e));
            return 0;
        }
    }

    /** {@link #dropAll(DataSource, Duration, Duration)}, with its failure for the caller to report. */
    static int dropAllOrThrow(DataSource dataSource, Duration lockTimeout, Duration wait) throws SQLException {
        int dropped = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!lock(connection, wait)) {
                return 0; // another process is dropping them
            }
            try {
                for (String schema : retiredSchemas(connection)) {
                    drop(connection, schema, lockTimeout);
                    dropped++;
                }
            } finally {
                connection.setAutoCommit(true);
                Sql.column(connection, "SELECT pg_catalog.pg_advisory_unlock(" + DROP_LOCK_KEY + ")::text");
            }
        }
        return dropped;
    }

    private static boolean lock(Connection connection, Duration wait) throws SQLException {
        if (wait.isZero()) {
            return Boolean.parseBoolean(Sql.column(connection,
                    "SELECT pg_catalog.pg_try_advisory_lock(" + DROP_LOCK_KEY + ")::text").get(0));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = " + wait.toMillis());
            statement.execute("SELECT pg_catalog.pg_advisory_lock(" + DROP_LOCK_KEY + ")");
            return true;
        } catch (SQLException e) {
            if (!SqlErrors.isLockTimeout(e)) {
                throw e;
            }
            LOG.warn("another process has been dropping a retired colour schema for over {} s; going on beside it",
                    wait.toSeconds());
            return false;
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("RESET lock_timeout");
            }
        }
    }

    static List<String> retiredSchemas(Connection connection) throws SQLException {
        return Sql.column(connection, "SELECT nspname::pg_catalog.text FROM pg_catalog.pg_namespace"
                + " WHERE nspname ~ '^facade_(blue|green)_retired_[0-9a-f]{8}$' ORDER BY 1");
    }

    private static void drop(Connection connection, String schema, Duration lockTimeout) throws SQLException {
        String quoted = Identifiers.quote(schema, "schema");
        List<String> batches = batches(connection, schema);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String batch : batches) {
                statement.execute("SET LOCAL lock_timeout = " + lockTimeout.toMillis());
                statement.execute(batch);
                connection.commit();
            }
            statement.execute("SET LOCAL lock_timeout = " + lockTimeout.toMillis());
            statement.execute("DROP SCHEMA IF EXISTS " + quoted + " CASCADE");
            connection.commit();
            LOG.debug("dropped retired schema {} in {} batch(es)", schema, batches.size() + 1);
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * The schema's views, materialized views and routines in batches of {@link #BATCH}, newest
     * first: an object can only depend on objects that existed when it was created, so dropping
     * in reverse creation order takes dependants before what they depend on, and CASCADE rarely
     * has anything left to take along. Each batch is one statement per kind; nothing when the
     * schema is small enough for one DROP SCHEMA.
     */
    private static List<String> batches(Connection connection, String schema) throws SQLException {
        return Sql.column(connection, """
                WITH ns AS (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = ?),
                objects AS (
                    SELECT c.oid AS objid, CASE c.relkind WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'VIEW' END AS kind,
                           c.oid::pg_catalog.regclass::pg_catalog.text AS name
                      FROM pg_catalog.pg_class c WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('v', 'm')
                    UNION ALL
                    SELECT p.oid, 'ROUTINE', p.oid::pg_catalog.regprocedure::pg_catalog.text
                      FROM pg_catalog.pg_proc p WHERE p.pronamespace IN (SELECT oid FROM ns) AND p.prokind IN ('f', 'p')),
                numbered AS (
                    SELECT objid, kind, name,
                           (pg_catalog.row_number() OVER (ORDER BY objid DESC) - 1) / ?::pg_catalog.int8 AS batch
                      FROM objects WHERE (SELECT count(*) FROM objects) > ?::pg_catalog.int8),
                per_kind AS (
                    SELECT batch, max(objid) AS newest, 'DROP ' || kind || ' IF EXISTS '
                           || pg_catalog.string_agg(name, ', ' ORDER BY objid DESC) || ' CASCADE' AS statement
                      FROM numbered GROUP BY batch, kind)
                SELECT pg_catalog.string_agg(statement, '; ' ORDER BY newest DESC)
                  FROM per_kind GROUP BY batch ORDER BY batch""",
                schema, Integer.toString(BATCH), Integer.toString(BATCH));
    }
}
