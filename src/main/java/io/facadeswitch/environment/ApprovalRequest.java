package io.facadeswitch.environment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A request for approval of one step of one environment's gate, bound to one bundle checksum,
 * with the decisions people made on it.
 */
@Serdeable
public record ApprovalRequest(long id, String environment, String step, String checksum, String release,
                              String requestedBy, String reason, Instant requestedAt, Instant expiresAt,
                              List<Decision> decisions) {

    /** The request is open until someone rejects it or it expires. */
    public String state(Instant now) {
        if (decisions.stream().anyMatch(d -> d.decision().equals("reject"))) {
            return "rejected";
        }
        return now.isBefore(expiresAt) ? "open" : "expired";
    }

    /**
     * The distinct people whose grant counts: never the requester, and only those in
     * {@code approvers} when it names anyone.
     */
    public Set<String> countedGrants(Set<String> approvers) {
        Set<String> counted = new LinkedHashSet<>();
        for (Decision d : decisions) {
            if (d.decision().equals("grant") && !d.actor().equals(requestedBy)
                    && (approvers.isEmpty() || approvers.contains(d.actor()))) {
                counted.add(d.actor());
            }
        }
        return counted;
    }

    /** One person's grant or rejection. */
    @Serdeable
    public record Decision(String actor, String decision, @Nullable String reason, Instant decidedAt) {
    }
}
