package io.facadeswitch.routing;

import io.micronaut.core.annotation.Nullable;

/**
 * What keeps a colour from being switched to or rebuilt besides its state: changes made straight
 * on the server that differ from the colour's release and that nobody adopted or discarded.
 * Routing and the deployer ask; the feature that checks drift answers, in the caller's transaction.
 */
public interface DriftHold {

    /**
     * Refuses, naming the objects, a flip onto {@code onto} when it has drifted (clients would get
     * code nobody deployed or tested), or away from {@code from} when that has (its hot fixes
     * would go out of service).
     *
     * @param from the colour clients leave, or {@code null} when leaving it loses nothing; a rollback
     *             is not asked at all: it is the emergency path, and the standby's drift is reported by
     *             {@code drift} instead
     */
    void refuseFlip(String action, Colour onto, @Nullable Colour from);

    /** Refuses rebuilding a colour whose drift would be lost. */
    void refuseRebuild(Colour colour);
}
