package io.facadeswitch.environment;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * A step in an environment needs the same bundle to have done it in the predecessor first, as
 * the predecessor's own control schema records it: for {@code migrate-core}, a recorded
 * migrate-core of that checksum; for a deploy or a routing step, that facade release active
 * there now (deployed, promoted, and not rolled back since).
 */
final class PredecessorRule {

    private final EnvironmentConnections connections;

    PredecessorRule(EnvironmentConnections connections) {
        this.connections = connections;
    }

    /** Empty when the rule holds; otherwise why not and what to run. */
    Optional<String> check(Environment environment, Environment predecessor, StepSubject subject) {
        try (Connection connection = connections.open(predecessor)) {
            ControlRecord reader = new ControlRecord(connection);
            String where = predecessor.name();
            if (!reader.hasControlSchema()) {
                return Optional.of(subject.release() + " has not been released to " + where + " yet (no release"
                        + " there at all); run there first: " + runThere(subject, where));
            }
            if (subject.step() == Step.MIGRATE_CORE) {
                return reader.done(Step.MIGRATE_CORE, subject.checksum()) ? Optional.empty()
                        : Optional.of("the core of " + subject.describe() + " has not been migrated in " + where
                        + "; run there first: migrate-core --env " + where + " --bundle FILE");
            }
            Map<String, EnvironmentRow.Release> colours = reader.colours();
            Optional<EnvironmentRow.Release> active = colours.values().stream()
                    .filter(c -> c.state().equals("active")).findFirst();
            if (active.isPresent() && active.get().checksum().equals(subject.facadeChecksum())) {
                return Optional.empty();
            }
            String now = active.map(a -> where + " runs " + a.release() + " on " + a.colour()).orElse(where
                    + " has no active release");
            Optional<EnvironmentRow.Release> there = colours.values().stream()
                    .filter(c -> c.checksum().equals(subject.facadeChecksum())).findFirst();
            String next = there.map(c -> subject.release() + " is " + c.state() + " on " + c.colour() + " there, not"
                    + " active; promote it there first: promote --env " + where)
                    .orElseGet(() -> subject.release() + " is not deployed there; run there first: "
                            + runThere(subject, where));
            return Optional.of(subject.describe() + " needs it active in " + where + " first: " + now + "; " + next);
        } catch (SQLException e) {
            throw new GateException(GateErrorCode.PREDECESSOR_UNREACHABLE, "could not read the record of "
                    + predecessor.name() + ", the predecessor of " + environment.name() + ": " + e.getMessage()
                    + "; the predecessor rule needs it, so nothing was done", e);
        }
    }

    private static String runThere(StepSubject subject, String where) {
        return subject.step() == Step.MIGRATE_CORE ? "migrate-core --env " + where + " --bundle FILE"
                : "deploy --env " + where + " --bundle FILE, then promote --env " + where;
    }
}
