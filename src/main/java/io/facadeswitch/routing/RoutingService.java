package io.facadeswitch.routing;

import io.facadeswitch.control.AuditLog;
import io.facadeswitch.db.SwitchLock;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Which colour is active, and the flips between colours. Each flip is one transaction under the
 * switch lock with its audit entry and a generation bump.
 */
@Singleton
public final class RoutingService {

    private final RoutingRepository repository;
    private final SwitchLock lock;
    private final AuditLog audit;

    RoutingService(RoutingRepository repository, SwitchLock lock, AuditLog audit) {
        this.repository = repository;
        this.lock = lock;
        this.audit = audit;
    }

    /** The routing as it is committed now. */
    public RoutingSnapshot snapshot() {
        return RoutingSnapshot.of(repository.current(), repository.colours());
    }

    /** Makes the colour that holds a new, verified release active for everyone. */
    public RoutingSnapshot promote(String actor, @Nullable String reason, @Nullable Long expectedGeneration) {
        return lock.run("promote", connection -> {
            RoutingSnapshot before = lockedSnapshot(expectedGeneration);
            Colour active = requireActive(before, "promote");
            Colour target = active.other();
            ColourState targetState = before.state(target);
            if (targetState != ColourState.DEPLOYED) {
                throw new RoutingException(RoutingException.Code.NOTHING_TO_PROMOTE, switch (targetState) {
                    case EMPTY -> "nothing to promote: " + target + " holds no release; run 'deploy --release NAME' first";
                    case STANDBY -> "nothing to promote: " + target + " holds " + releaseOf(before, target)
                            + ", the release before the active one; use 'rollback' to return to it";
                    case ACTIVE, CANARY, DEPLOYED -> "nothing to promote: " + target + " is " + targetState;
                });
            }
            return flip(actor, "promote", reason, before, target, ColourState.STANDBY);
        });
    }

    /** Makes the previous release's colour active again. */
    public RoutingSnapshot rollback(String actor, @Nullable String reason, @Nullable Long expectedGeneration) {
        return lock.run("rollback", connection -> {
            RoutingSnapshot before = lockedSnapshot(expectedGeneration);
            Colour active = requireActive(before, "roll back");
            Colour target = active.other();
            ColourState targetState = before.state(target);
            if (targetState != ColourState.STANDBY) {
                throw new RoutingException(RoutingException.Code.NOTHING_TO_ROLL_BACK, switch (targetState) {
                    case EMPTY -> "nothing to roll back to: " + target + " holds no release; "
                            + releaseOf(before, active) + " on " + active + " is the only release";
                    case DEPLOYED -> "nothing to roll back to: " + target + " holds " + releaseOf(before, target)
                            + ", which is not the release that was active before (it was rolled back from, or never"
                            + " promoted); use 'promote' to make it active";
                    case ACTIVE, CANARY, STANDBY -> "nothing to roll back to: " + target + " is " + targetState;
                });
            }
            // The colour rolled away from stays verified: promote can bring it back once fixed.
            return flip(actor, "rollback", reason, before, target, ColourState.DEPLOYED);
        });
    }

    /**
     * Called by a deploy inside its own locked transaction: records what the colour now holds and,
     * for the very first release, makes it active. Either way the generation grows by one.
     */
    public RoutingSnapshot recordDeploy(String actor, Colour colour, long releaseId, String releaseName) {
        RoutingSnapshot before = snapshot();
        if (before.active() == null) {
            repository.assign(colour.label(), ColourState.ACTIVE.label(), releaseId);
            repository.flip(colour.label(), before.generation());
            RoutingSnapshot after = snapshot();
            audit.record(actor, "activate", colour.label(), "first release " + releaseName + " becomes active",
                    before, after, after.generation());
            return after;
        }
        repository.assign(colour.label(), ColourState.DEPLOYED.label(), releaseId);
        // What a flip would switch to has changed: an operator's --expect-generation taken before
        // this deploy must no longer hold.
        repository.flip(before.active(), before.generation());
        return snapshot();
    }

    private RoutingSnapshot lockedSnapshot(@Nullable Long expectedGeneration) {
        RoutingSnapshot before = snapshot();
        if (expectedGeneration != null && expectedGeneration != before.generation()) {
            throw new RoutingException(RoutingException.Code.STALE_GENERATION, "the routing changed since generation "
                    + expectedGeneration + " (now " + before.generation() + ", active " + before.active()
                    + "); check 'status' and retry against the current generation");
        }
        return before;
    }

    private RoutingSnapshot flip(String actor, String action, @Nullable String reason, RoutingSnapshot before,
                                 Colour target, ColourState previousBecomes) {
        Colour previous = before.activeColour();
        repository.assign(target.label(), ColourState.ACTIVE.label(), releaseId(target));
        repository.assign(previous.label(), previousBecomes.label(), releaseId(previous));
        if (repository.flip(target.label(), before.generation()) != 1) {
            throw new RoutingException(RoutingException.Code.STALE_GENERATION,
                    "the routing changed while " + action + " ran; check 'status' and retry");
        }
        RoutingSnapshot after = snapshot();
        audit.record(actor, action, target.label(), reason, before, after, after.generation());
        return after;
    }

    private Long releaseId(Colour colour) {
        return repository.colours().stream().filter(h -> h.colour().equals(colour.label()))
                .findFirst().map(ColourHolding::releaseId).orElse(null);
    }

    private static Colour requireActive(RoutingSnapshot state, String verb) {
        if (state.active() == null) {
            throw new RoutingException(RoutingException.Code.NOTHING_DEPLOYED,
                    "cannot " + verb + ": no release has been deployed yet; run 'deploy --release NAME' first");
        }
        return state.activeColour();
    }

    private static String releaseOf(RoutingSnapshot state, Colour colour) {
        return "release " + state.colour(colour).release();
    }
}
