package io.facadeswitch.environment;

import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The steps done in one environment with a bundle ({@code facade_switch.environment_steps}): what
 * the next environment's predecessor rule reads, and how a flip finds the bundle of the release it
 * makes active.
 */
final class StepRecords {

    private StepRecords() {
    }

    static void record(Connection connection, String environment, StepSubject subject, String actor, boolean emergency,
                       @Nullable String reason) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO facade_switch.environment_steps
                    (environment, step, checksum, release_name, facade_checksum, core_checksum, actor, emergency, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, environment);
            insert.setString(2, subject.step().key());
            insert.setString(3, subject.checksum());
            insert.setString(4, subject.release());
            insert.setString(5, subject.facadeChecksum());
            insert.setString(6, subject.coreChecksum());
            insert.setString(7, actor);
            insert.setBoolean(8, emergency);
            insert.setString(9, reason);
            insert.executeUpdate();
        }
    }

    /** Whether this bundle has done this step here. */
    static boolean done(Connection connection, Step step, String checksum) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM facade_switch.environment_steps WHERE step = ? AND checksum = ? LIMIT 1")) {
            query.setString(1, step.key());
            query.setString(2, checksum);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The bundle that last deployed the facade with this checksum here, as the subject of {@code step}. */
    static Optional<StepSubject> deployedBundle(Connection connection, Step step, String facadeChecksum)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT checksum, release_name, core_checksum FROM facade_switch.environment_steps
                 WHERE step = 'deploy' AND facade_checksum = ? ORDER BY id DESC LIMIT 1""")) {
            query.setString(1, facadeChecksum);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StepSubject(step, rows.getString("release_name"), rows.getString("checksum"),
                        facadeChecksum, rows.getString("core_checksum")));
            }
        }
    }
}
