package io.facadeswitch.environment;

import io.facadeswitch.Durations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The gate's "a passing rehearsal of this checksum, younger than N": read from the rehearsals
 * {@code rehearse} stored in this environment's control schema, judged by the database's clock.
 */
final class RehearsalEvidence {

    private RehearsalEvidence() {
    }

    static void check(Connection connection, Environment environment, Gate gate, StepSubject subject, Instant now,
                      Map<String, Object> inputs) throws SQLException {
        Duration limit = gate.rehearsal();
        inputs.put("rehearsalWithin", Durations.format(limit));
        // The newest rehearsal of the checksum is the evidence: a pass followed by a failure (the
        // environment changed since) does not count.
        Latest newest = latest(connection, subject.checksum());
        if (newest != null) {
            inputs.put("rehearsal", newest.id());
        }
        if (newest != null && newest.passed() && !newest.finishedAt().plus(limit).isBefore(now)) {
            return;
        }
        String found = newest == null ? "this checksum has never been rehearsed here"
                : !newest.passed() ? "its newest rehearsal, #" + newest.id() + ", failed"
                : "its newest rehearsal, #" + newest.id() + ", passed but finished "
                + Durations.format(Duration.between(newest.finishedAt(), now).truncatedTo(ChronoUnit.MINUTES)) + " ago";
        throw new GateException(GateErrorCode.REHEARSAL_MISSING, environment.name() + " refuses " + subject.describe()
                + ": its " + subject.step().key() + " gate needs a passing rehearsal of this checksum younger than "
                + Durations.format(limit) + "; " + found + "; run: rehearse --env " + environment.name() + " --bundle FILE");
    }

    private record Latest(long id, boolean passed, Instant finishedAt) {
    }

    private static Latest latest(Connection connection, String checksum) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, passed, finished_at FROM"
                + " facade_switch.rehearsals WHERE checksum = ? ORDER BY finished_at DESC, id DESC LIMIT 1")) {
            query.setString(1, checksum);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Latest(row.getLong(1), row.getBoolean(2), row.getTimestamp(3).toInstant()) : null;
            }
        }
    }
}
