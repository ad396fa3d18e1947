package io.facadeswitch.rehearsal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/** The rehearsals an environment's control schema keeps: written by {@code rehearse}, read by the gates. */
final class RehearsalRecords {

    private RehearsalRecords() {
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
}
