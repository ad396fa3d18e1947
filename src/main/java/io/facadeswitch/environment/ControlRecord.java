package io.facadeswitch.environment;

import io.facadeswitch.control.DriftFlag;
import io.facadeswitch.db.Identifiers;
import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one environment's control schema records, read on a connection to it: its colours,
 * routing, rollout, approvals and core history.
 */
final class ControlRecord {

    private final Connection connection;

    ControlRecord(Connection connection) {
        this.connection = connection;
    }

    boolean hasControlSchema() throws SQLException {
        return exists("facade_switch.environment_steps") || exists("facade_switch.routing");
    }

    /** The colours' releases, by colour name; an empty colour is absent. */
    Map<String, EnvironmentRow.Release> colours() throws SQLException {
        Map<String, EnvironmentRow.Release> colours = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT c.colour, c.state, r.name, r.checksum FROM facade_switch.colours c
                       JOIN facade_switch.releases r ON r.id = c.release_id""")) {
            while (rows.next()) {
                colours.put(rows.getString("colour"), new EnvironmentRow.Release(rows.getString("name"),
                        rows.getString("checksum"), rows.getString("colour"), rows.getString("state")));
            }
        }
        return colours;
    }

    /** The active colour's release, if any colour is active. */
    Optional<EnvironmentRow.Release> active() throws SQLException {
        return colours().values().stream().filter(c -> c.state().equals("active")).findFirst();
    }

    /** Whether this bundle has done this step in this environment. */
    boolean done(Step step, String checksum) throws SQLException {
        return exists("facade_switch.environment_steps") && StepRecords.done(connection, step, checksum);
    }

    /** The row {@code envs} shows, given the gate's approvers to count pending requests against. */
    EnvironmentRow row(Environment environment, Environments environments, String coreSchema,
                       @Nullable Set<String> localChangesets) throws SQLException {
        String predecessor = environments.predecessorOf(environment).map(Environment::name).orElse(null);
        int coreApplied = 0;
        Integer corePending = null;
        String changelog = coreSchema + ".databasechangelog";
        if (exists(changelog)) {
            Set<String> applied = new HashSet<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, author, filename FROM "
                         + Identifiers.quote(coreSchema, "the core schema") + ".databasechangelog")) {
                while (rows.next()) {
                    applied.add(rows.getString(1) + "::" + rows.getString(2) + "::" + rows.getString(3));
                }
            }
            coreApplied = applied.size();
            if (localChangesets != null) {
                corePending = (int) localChangesets.stream().filter(id -> !applied.contains(id)).count();
            }
        } else if (localChangesets != null) {
            corePending = localChangesets.size();
        }
        if (!hasControlSchema()) {
            return new EnvironmentRow(environment.name(), predecessor, true, null, false, coreApplied, corePending,
                    null, null, 0, null, null, 0, null, null);
        }
        Map<String, EnvironmentRow.Release> colours = colours();
        EnvironmentRow.Release active = colours.values().stream().filter(c -> c.state().equals("active")).findFirst()
                .orElse(null);
        EnvironmentRow.Release standby = colours.values().stream().filter(c -> c != active).findFirst().orElse(null);
        long generation = 0;
        String canary = null;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT generation, canary_colour, canary_percent,"
                     + " (SELECT count(*) FROM facade_switch.pins) AS pins FROM facade_switch.routing")) {
            if (rows.next()) {
                generation = rows.getLong("generation");
                if (rows.getString("canary_colour") != null) {
                    canary = rows.getString("canary_colour") + ": " + rows.getLong("pins") + " pinned, "
                            + rows.getBigDecimal("canary_percent").stripTrailingZeros().toPlainString() + "%";
                }
            }
        }
        String rollout = null;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT state, step, release_name FROM facade_switch.rollouts"
                     + " WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1")) {
            if (rows.next()) {
                rollout = rows.getString("state").replace('_', ' ') + " at step " + (rows.getInt("step") + 1) + " of "
                        + rows.getString("release_name");
            }
        }
        return new EnvironmentRow(environment.name(), predecessor, true, null, true, coreApplied, corePending, active,
                standby, generation, canary, rollout, pendingApprovals(environment, environments), lastChange(),
                DriftFlag.read(connection).orElse(null));
    }

    private int pendingApprovals(Environment environment, Environments environments) throws SQLException {
        if (!exists("facade_switch.approval_requests")) {
            return 0;
        }
        Instant now = databaseNow();
        int pending = 0;
        for (ApprovalRequest request : ApprovalStore.newest(connection, environment.name(), 1_000)) {
            Gate gate = Step.ofKey(request.step()).map(environment::gate).orElse(Gate.OPEN);
            if (request.state(now).equals("open")
                    && request.countedGrants(environments.approversOf(gate)).size() < Math.max(1, gate.approvals())) {
                pending++;
            }
        }
        return pending;
    }

    private Instant lastChange() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT max(at) FROM facade_switch.audit_log")) {
            rows.next();
            Timestamp at = rows.getTimestamp(1);
            return at == null ? null : at.toInstant();
        }
    }

    Instant databaseNow() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT now()")) {
            rows.next();
            return rows.getTimestamp(1).toInstant();
        }
    }

    private boolean exists(String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }
}
