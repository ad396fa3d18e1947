package io.facadeswitch.api;

import io.facadeswitch.core.PendingChangeset;
import io.facadeswitch.facade.FacadePlan;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What {@code plan} prints as JSON and {@code POST /api/plan} answers: the pending core changesets and the facade's plan. */
@Serdeable
public record PlanDocument(List<PendingChangeset> pendingCore, FacadePlan facade) {

    /** The JSON leaves an empty list out; read back through the CLI it is empty, not null. */
    public PlanDocument {
        pendingCore = pendingCore == null ? List.of() : pendingCore;
    }
}
