package io.facadeswitch.drift;

import io.facadeswitch.facade.DeployErrorCode;
import io.facadeswitch.facade.DeployException;
import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.DriftHold;
import io.facadeswitch.routing.RoutingErrorCode;
import io.facadeswitch.routing.RoutingException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The switch's guard against drift: compares the colours a flip or a deploy involves with their
 * releases, in the caller's transaction (under the switch lock), so nothing can change between the
 * check and the flip.
 */
@Singleton
final class StoredDriftHold implements DriftHold {

    /** How many objects a refusal names before it says "and N more". */
    private static final int NAMED = 5;

    private final DriftCheck check;

    StoredDriftHold(DriftCheck check) {
        this.check = check;
    }

    @Override
    public void refuseFlip(String action, Colour onto, @Nullable Colour from) {
        List<DriftItem> drifted = drift(onto);
        if (!drifted.isEmpty()) {
            throw new RoutingException(RoutingErrorCode.COLOUR_DRIFTED, action + " refused: " + onto + " was changed"
                    + " by hand since its release was deployed (" + describe(drifted) + "); clients would get code"
                    + " nobody deployed or tested. See 'drift'; then 'drift adopt' or 'drift discard --reason ...'");
        }
        List<DriftItem> leaving = from == null ? List.of() : drift(from);
        if (!leaving.isEmpty()) {
            throw new RoutingException(RoutingErrorCode.COLOUR_DRIFTED, action + " refused: " + from + ", which clients"
                    + " would leave, was changed by hand (" + describe(leaving) + ") and those changes would go out of"
                    + " service. See 'drift'; then 'drift adopt' (write them into facade-schema/ for the next release)"
                    + " or 'drift discard --reason ...'");
        }
    }

    @Override
    public void refuseRebuild(Colour colour) {
        List<DriftItem> drifted = drift(colour);
        if (!drifted.isEmpty()) {
            throw new DeployException(DeployErrorCode.TARGET_DRIFTED, "deploying into " + colour + " would rebuild it"
                    + " and lose what was changed there by hand (" + describe(drifted) + "). See 'drift'; then 'drift"
                    + " adopt' (write it into facade-schema/) or 'drift discard --reason ...'");
        }
    }

    private List<DriftItem> drift(Colour colour) {
        return check.colour(colour);
    }

    static String describe(List<DriftItem> items) {
        String named = items.stream().limit(NAMED).map(item -> item.objectKind() + " " + item.identity() + " "
                + item.change() + (item.capture() == null ? "" : " by " + item.capture().sessionUser()))
                .collect(Collectors.joining(", "));
        return items.size() > NAMED ? named + " and " + (items.size() - NAMED) + " more" : named;
    }
}
