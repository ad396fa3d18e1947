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
        Latest passing = latest(connection, subject.checksum(), true);
        if (passing != null && !passing.finishedAt().plus(limit).isBefore(now)) {
            inputs.put("rehearsal", passing.id());
            return;
        }
        Latest any = passing != null ? passing : latest(connection, subject.checksum(), false);
        String found = any == null ? "this checksum has never been rehearsed here"
                : passing != null ? "the newest passing rehearsal, #" + passing.id() + ", finished "
                + Durations.format(Duration.between(passing.finishedAt(), now).truncatedTo(ChronoUnit.MINUTES)) + " ago"
                : "its rehearsal #" + any.id() + " failed";
        if (any != null) {
            inputs.put("rehearsal", any.id());
        }
        throw new GateException(GateErrorCode.REHEARSAL_MISSING, environment.name() + " refuses " + subject.describe()
                + ": its " + subject.step().key() + " gate needs a passing rehearsal of this checksum younger than "
                + Durations.format(limit) + "; " + found + "; run: rehearse --env " + environment.name() + " --bundle FILE");
    }

    private record Latest(long id, Instant finishedAt) {
    }

    private static Latest latest(Connection connection, String checksum, boolean passing) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, finished_at FROM facade_switch.rehearsals"
                + " WHERE checksum = ?" + (passing ? " AND passed" : "") + " ORDER BY finished_at DESC, id DESC LIMIT 1")) {
            query.setString(1, checksum);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Latest(row.getLong(1), row.getTimestamp(2).toInstant()) : null;
            }
        }
    }
}
