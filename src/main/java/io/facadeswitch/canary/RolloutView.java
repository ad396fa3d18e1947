package io.facadeswitch.canary;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A rollout as status shows it: where it is, its latest verdicts (newest first) and its approvals. */
@Serdeable
public record RolloutView(Rollout rollout, List<StoredVerdict> verdicts, List<Approval> approvals) {
}
