package io.facadeswitch.rehearsal;

import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.db.SqlErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copy's database on the rehearsal server, marked with who made it ({@link Leftovers}), and
 * the roles made for it; {@link #close()} drops both, however the rehearsal ended.
 */
final class ThrowawayDatabase implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Logger LOG = LoggerFactory.getLogger(ThrowawayDatabase.class);

    private final RehearsalServer server;
    private final String name;
    private final List<String> roles = new ArrayList<>();
    private boolean dropped;

    private ThrowawayDatabase(RehearsalServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Creates it empty (from {@code template0}) with the environment's encoding. */
    static ThrowawayDatabase create(RehearsalServer server, String encoding) {
        Instant now = Instant.now();
        String name = Leftovers.DATABASE_PREFIX + STAMP.format(now) + "_" + ProcessHandle.current().pid() + "_"
                + SEQUENCE.incrementAndGet();
        ThrowawayDatabase database = new ThrowawayDatabase(server, name);
        try (Connection admin = RehearsalServer.connect(server.admin()); Statement statement = admin.createStatement()) {
            String create = "CREATE DATABASE \"" + name + "\" TEMPLATE template0";
            try (PreparedStatement sql = admin.prepareStatement("SELECT format(' ENCODING %L', ?::text)")) {
                sql.setString(1, encoding);
                try (ResultSet row = sql.executeQuery()) {
                    row.next();
                    create += row.getString(1);
                }
            }
            statement.execute(create);
            try (PreparedStatement comment = admin.prepareStatement("SELECT format('COMMENT ON DATABASE %I IS %L', ?::text,"
                    + " ?::text)")) {
                comment.setString(1, name);
                comment.setString(2, Leftovers.databaseMark(now));
                try (ResultSet sql = comment.executeQuery()) {
                    sql.next();
                    statement.execute(sql.getString(1));
                }
            }
            return database;
        } catch (SQLException e) {
            database.close();
            throw new RehearsalException(RehearsalErrorCode.REHEARSAL_SERVER_UNAVAILABLE, "could not create the copy's"
                    + " database on the rehearsal server: " + SqlErrors.describe(e), e);
        }
    }

    String name() {
        return name;
    }

    ConnectionSettings settings() {
        return server.database(name);
    }

    /** A role this copy made on a shared server: it goes when the copy goes. */
    void madeRole(String role) {
        roles.add(role);
    }

    @Override
    public synchronized void close() {
        if (dropped) {
            return;
        }
        dropped = true;
        try (Connection admin = RehearsalServer.connect(server.admin())) {
            Leftovers.dropDatabase(admin, name);
            if (server.shared() && !roles.isEmpty()) {
                Leftovers.dropOrphanRoles(admin);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not drop the rehearsal copy {}: {}; the next rehearsal drops it", name, e.getMessage());
        }
    }
}
