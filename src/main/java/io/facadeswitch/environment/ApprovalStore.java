package io.facadeswitch.environment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Approval requests and decisions in one environment's control schema, on the connection given
 * (the command's own database, or another environment's for {@code envs}). Only statements with
 * parameters: every value comes from people.
 */
final class ApprovalStore {

    private static final String SELECT = """
            SELECT r.id, r.environment, r.step, r.checksum, r.release_name, r.requested_by, r.reason, r.requested_at,
                   r.expires_at, d.actor, d.decision, d.reason AS decision_reason, d.decided_at
              FROM facade_switch.approval_requests r
              LEFT JOIN facade_switch.approval_decisions d ON d.request_id = r.id
            """;

    private ApprovalStore() {
    }

    /** Records a request; its id. The database's clock sets when it was made and when it expires. */
    static long request(Connection connection, String environment, StepSubject subject, String requestedBy,
                        String reason, Duration expiry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO facade_switch.approval_requests
                    (environment, step, checksum, release_name, requested_by, reason, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, now() + make_interval(secs => ?))
                RETURNING id""")) {
            insert.setString(1, environment);
            insert.setString(2, subject.step().key());
            insert.setString(3, subject.checksum());
            insert.setString(4, subject.release());
            insert.setString(5, requestedBy);
            insert.setString(6, reason);
            insert.setDouble(7, expiry.toMillis() / 1000.0);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static void decide(Connection connection, long id, String actor, String decision, String reason)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO facade_switch.approval_decisions (request_id, actor, decision, reason) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, actor);
            insert.setString(3, decision);
            insert.setString(4, reason);
            insert.executeUpdate();
        }
    }

    /** The request, locked against a concurrent decision until the transaction ends. */
    static Optional<ApprovalRequest> findForUpdate(Connection connection, String environment, long id)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT id FROM facade_switch.approval_requests WHERE id = ? AND environment = ? FOR UPDATE")) {
            lock.setLong(1, id);
            lock.setString(2, environment);
            try (ResultSet rows = lock.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
            }
        }
        return read(connection, "WHERE r.id = ?", id).stream().findFirst();
    }

    /** Every request for this step and checksum, newest first. */
    static List<ApprovalRequest> forGate(Connection connection, String environment, String step, String checksum)
            throws SQLException {
        return read(connection, "WHERE r.environment = ? AND r.step = ? AND r.checksum = ?", environment, step, checksum);
    }

    /** The newest {@code limit} requests of the environment, newest first. */
    static List<ApprovalRequest> newest(Connection connection, String environment, int limit) throws SQLException {
        return read(connection, "WHERE r.id IN (SELECT id FROM facade_switch.approval_requests WHERE environment = ?"
                + " ORDER BY id DESC LIMIT ?)", environment, limit);
    }

    private static List<ApprovalRequest> read(Connection connection, String where, Object... parameters)
            throws SQLException {
        Map<Long, ApprovalRequest> requests = new LinkedHashMap<>();
        Map<Long, List<ApprovalRequest.Decision>> decisions = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT + where + " ORDER BY r.id DESC, d.id")) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    List<ApprovalRequest.Decision> list = decisions.get(id);
                    if (list == null) {
                        list = new ArrayList<>();
                        decisions.put(id, list);
                        requests.put(id, new ApprovalRequest(id, rows.getString("environment"), rows.getString("step"),
                                rows.getString("checksum"), rows.getString("release_name"),
                                rows.getString("requested_by"), rows.getString("reason"),
                                instant(rows.getTimestamp("requested_at")), instant(rows.getTimestamp("expires_at")),
                                list));
                    }
                    if (rows.getString("actor") != null) {
                        list.add(new ApprovalRequest.Decision(rows.getString("actor"), rows.getString("decision"),
                                rows.getString("decision_reason"), instant(rows.getTimestamp("decided_at"))));
                    }
                }
            }
        }
        return List.copyOf(requests.values());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
