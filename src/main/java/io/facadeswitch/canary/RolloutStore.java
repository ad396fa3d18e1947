package io.facadeswitch.canary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rollouts, verdicts, approvals and the proxies' samples in the control schema. Every method runs
 * on the caller's connection, so it joins the caller's transaction (and its switch lock).
 */
@Singleton
final class RolloutStore {

    private static final String COLUMNS = "id, release_id, release_name, colour, baseline, plan::text, state, gate,"
            + " step, step_started_at, window_start, failures, initiator, reason, retry_of, created_at, updated_at,"
            + " ended_at";
    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    private final ObjectMapper json;

    RolloutStore(ObjectMapper json) {
        this.json = json;
    }

    Rollout insert(Connection connection, long releaseId, String release, String colour, String baseline,
                   RolloutPlan plan, RolloutState state, @Nullable String gate, String initiator,
                   @Nullable String reason, @Nullable Long retryOf) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO facade_switch.rollouts (release_id, release_name, colour, baseline, plan, state, gate, step,
                                                    initiator, reason, retry_of)
                VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, -1, ?, ?, ?) RETURNING\s""" + COLUMNS)) {
            insert.setLong(1, releaseId);
            insert.setString(2, release);
            insert.setString(3, colour);
            insert.setString(4, baseline);
            insert.setString(5, write(plan));
            insert.setString(6, state.label());
            insert.setString(7, gate);
            insert.setString(8, initiator);
            insert.setString(9, reason);
            if (retryOf == null) {
                insert.setNull(10, Types.BIGINT);
            } else {
                insert.setLong(10, retryOf);
            }
            return one(insert).orElseThrow();
        }
    }

    /** The rollout in progress, locked for the caller's transaction when {@code forUpdate}. */
    Optional<Rollout> live(Connection connection, boolean forUpdate) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM facade_switch.rollouts WHERE ended_at IS NULL" + (forUpdate ? " FOR UPDATE" : ""))) {
            return one(query);
        }
    }

    /** The id of the rollout in progress, if any: what routing asks before an operator's change. */
    Optional<Long> liveId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM facade_switch.rollouts WHERE ended_at IS NULL ORDER BY id LIMIT 1");
             ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
        }
    }

    Optional<Rollout> latest(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM facade_switch.rollouts ORDER BY id DESC LIMIT 1")) {
            return one(query);
        }
    }

    Optional<Rollout> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM facade_switch.rollouts WHERE id = ?")) {
            query.setLong(1, id);
            return one(query);
        }
    }

    Rollout update(Connection connection, Rollout rollout) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE facade_switch.rollouts SET state = ?, gate = ?, step = ?, step_started_at = ?, window_start = ?,
                       failures = ?, updated_at = now(), ended_at = CASE WHEN ? THEN now() END
                WHERE id = ? RETURNING\s""" + COLUMNS)) {
            update.setString(1, rollout.state().label());
            update.setString(2, rollout.gate());
            update.setInt(3, rollout.step());
            update.setTimestamp(4, timestamp(rollout.stepStartedAt()));
            update.setTimestamp(5, timestamp(rollout.windowStart()));
            update.setInt(6, rollout.failures());
            update.setBoolean(7, rollout.state().ended());
            update.setLong(8, rollout.id());
            return one(update).orElseThrow();
        }
    }

    void saveVerdict(Connection connection, Rollout rollout, Instant start, Instant end, Verdict verdict)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO facade_switch.verdicts (rollout_id, step, window_start, window_end, outcome, summary, inputs)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""")) {
            insert.setLong(1, rollout.id());
            insert.setInt(2, rollout.step());
            insert.setTimestamp(3, Timestamp.from(start));
            insert.setTimestamp(4, Timestamp.from(end));
            insert.setString(5, verdict.outcome().label());
            insert.setString(6, verdict.summary());
            insert.setString(7, write(verdict.inputs()));
            insert.executeUpdate();
        }
    }

    /** The rollout's latest verdicts, newest first. */
    List<StoredVerdict> verdicts(Connection connection, long rolloutId, int limit) throws SQLException {
        List<StoredVerdict> verdicts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, rollout_id, step, window_start, window_end, outcome, summary, inputs::text, decided_at
                FROM facade_switch.verdicts WHERE rollout_id = ? ORDER BY id DESC LIMIT ?""")) {
            query.setLong(1, rolloutId);
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    verdicts.add(new StoredVerdict(rows.getLong(1), rows.getLong(2), rows.getInt(3),
                            instant(rows, 4), instant(rows, 5), rows.getString(6), rows.getString(7),
                            read(rows.getString(8), JSON_OBJECT), instant(rows, 9)));
                }
            }
        }
        return verdicts;
    }

    Approval saveApproval(Connection connection, long rolloutId, String gate, String decision, String actor,
                          @Nullable String comment) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO facade_switch.approvals (rollout_id, gate, decision, actor, comment) VALUES (?, ?, ?, ?, ?)
                RETURNING id, decided_at""")) {
            insert.setLong(1, rolloutId);
            insert.setString(2, gate);
            insert.setString(3, decision);
            insert.setString(4, actor);
            insert.setString(5, comment);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return new Approval(rows.getLong(1), rolloutId, gate, decision, actor, comment, instant(rows, 2));
            }
        }
    }

    List<Approval> approvals(Connection connection, long rolloutId) throws SQLException {
        List<Approval> approvals = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, rollout_id, gate, decision, actor, comment, decided_at FROM facade_switch.approvals
                WHERE rollout_id = ? ORDER BY id""")) {
            query.setLong(1, rolloutId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    approvals.add(new Approval(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), instant(rows, 7)));
                }
            }
        }
        return approvals;
    }

    /** What every replica's proxy counted for one colour with samples written in (from, to]. */
    WindowFigures figures(Connection connection, String colour, Instant from, Instant to) throws SQLException {
        long statements;
        long errors;
        long requests;
        double latencySum;
        double latencySq;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT coalesce(sum(statements), 0), coalesce(sum(errors), 0), coalesce(sum(requests), 0),
                       coalesce(sum(latency_sum_ms), 0), coalesce(sum(latency_sq_ms), 0)
                FROM facade_switch.proxy_samples WHERE colour = ? AND sampled_at > ? AND sampled_at <= ?""")) {
            window(query, colour, from, to);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                statements = rows.getLong(1);
                errors = rows.getLong(2);
                requests = rows.getLong(3);
                latencySum = rows.getDouble(4);
                latencySq = rows.getDouble(5);
            }
        }
        Map<String, Long> states = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT e.key, sum(e.value::bigint) FROM facade_switch.proxy_samples s, jsonb_each_text(s.sqlstates) e
                WHERE s.colour = ? AND s.sampled_at > ? AND s.sampled_at <= ? GROUP BY e.key""")) {
            window(query, colour, from, to);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    states.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return new WindowFigures(statements, errors, requests, latencySum, latencySq, states);
    }

    /** The database's clock: samples are stamped by it, so windows are measured by it too. */
    Instant now(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT clock_timestamp()");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return instant(rows, 1);
        }
    }

    int pruneSamples(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM facade_switch.proxy_samples WHERE sampled_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(before));
            return delete.executeUpdate();
        }
    }

    /** The release a colour holds now, to check that a rollout still rolls out what it started with. */
    Optional<Long> releaseIn(Connection connection, String colour) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT release_id FROM facade_switch.colours WHERE colour = ?")) {
            query.setString(1, colour);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    long id = rows.getLong(1);
                    return rows.wasNull() ? Optional.empty() : Optional.of(id);
                }
                return Optional.empty();
            }
        }
    }

    private static void window(PreparedStatement query, String colour, Instant from, Instant to) throws SQLException {
        query.setString(1, colour);
        query.setTimestamp(2, Timestamp.from(from));
        query.setTimestamp(3, Timestamp.from(to));
    }

    private Optional<Rollout> one(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new Rollout(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                    rows.getString(5), read(rows.getString(6), Argument.of(RolloutPlan.class)),
                    RolloutState.of(rows.getString(7)), rows.getString(8), rows.getInt(9), instant(rows, 10),
                    instant(rows, 11), rows.getInt(12), rows.getString(13), rows.getString(14),
                    (Long) rows.getObject(15), instant(rows, 16), instant(rows, 17), instant(rows, 18)));
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a rollout document", e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a rollout document", e);
        }
    }
}
