package io.facadeswitch.rehearsal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The rehearsals an environment's control schema keeps: written by {@code rehearse}, read by the gates. */
public final class RehearsalRecords {

    private RehearsalRecords() {
    }

    /** One stored rehearsal, as a gate sees it. */
    public record Stored(long id, boolean passed, Instant finishedAt, String release) {
    }

    static long store(Connection connection, RehearsalReport report, String json) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO facade_switch.rehearsals (environment,"
                + " release_name, checksum, passed, actor, started_at, report) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)"
                + " RETURNING id")) {
            insert.setString(1, report.environment());
            insert.setString(2, report.release());
            insert.setString(3, report.checksum());
            insert.setBoolean(4, report.passed());
            insert.setString(5, report.actor());
            insert.setTimestamp(6, Timestamp.from(report.startedAt()));
            insert.setString(7, json);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The newest rehearsal of this checksum, passing only when {@code passing}. */
    public static Optional<Stored> latest(Connection connection, String checksum, boolean passing) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, passed, finished_at, release_name"
                + " FROM facade_switch.rehearsals WHERE checksum = ?" + (passing ? " AND passed" : "")
                + " ORDER BY finished_at DESC, id DESC LIMIT 1")) {
            query.setString(1, checksum);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Stored(row.getLong(1), row.getBoolean(2),
                        row.getTimestamp(3).toInstant(), row.getString(4))) : Optional.empty();
            }
        }
    }
}
