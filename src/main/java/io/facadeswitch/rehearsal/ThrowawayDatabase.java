package io.facadeswitch.rehearsal;

import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.db.Sql;
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
import java.util.function.Consumer;
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

    /**
     * Creates it empty (from {@code template0}) with the environment's encoding and locale, so it
     * sorts and compares as the environment does; where the rehearsal server lacks that locale,
     * with the encoding only, and {@code warn} is told.
     */
    static ThrowawayDatabase create(RehearsalServer server, SourceDatabase source, Consumer<String> warn) {
        Instant now = Instant.now();
        String name = Leftovers.DATABASE_PREFIX + STAMP.format(now) + "_" + ProcessHandle.current().pid() + "_"
                + SEQUENCE.incrementAndGet();
        ThrowawayDatabase database = new ThrowawayDatabase(server, name);
        try (Connection admin = RehearsalServer.connect(server.admin()); Statement statement = admin.createStatement()) {
            String create = "CREATE DATABASE \"" + name + "\" TEMPLATE template0";
            String encoding = formatted(admin, " ENCODING %L", source.encoding());
            try {
                statement.execute(create + encoding + formatted(admin, " LC_COLLATE %L", source.collate())
                        + formatted(admin, " LC_CTYPE %L", source.ctype()));
            } catch (SQLException e) {
                warn.accept("the copy has the rehearsal server's default locale, not this database's " + source.collate()
                        + " (" + SqlErrors.describe(e) + "): sorting and comparisons of text may differ");
                statement.execute(create + encoding);
            }
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

    private static String formatted(Connection admin, String format, String value) throws SQLException {
        return Sql.column(admin, "SELECT format(?, ?::text)", format, value).get(0);
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
