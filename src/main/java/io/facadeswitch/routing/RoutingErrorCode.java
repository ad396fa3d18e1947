package io.facadeswitch.routing;

import io.facadeswitch.ErrorCode;

/**
 * Why a routing change was refused. A refusal that depends on the routing is 409 and the API
 * answers it with the current routing, so the caller can decide again without another request.
 */
public enum RoutingErrorCode implements ErrorCode {

    NOTHING_DEPLOYED("ROUTING_NOTHING_DEPLOYED", 409),
    NOTHING_TO_PROMOTE("ROUTING_NOTHING_TO_PROMOTE", 409),
    NOTHING_TO_ROLL_BACK("ROUTING_NOTHING_TO_ROLL_BACK", 409),
    NOTHING_TO_CANARY("ROUTING_NOTHING_TO_CANARY", 409),
    NO_CANARY("ROUTING_NO_CANARY", 409),
    CANARY_RUNNING("ROUTING_CANARY_RUNNING", 409),
    /** The request itself is wrong (a share out of range, nothing named): 400, whatever the routing. */
    BAD_REQUEST("ROUTING_BAD_REQUEST", 400),
    STALE_GENERATION("ROUTING_STALE_GENERATION", 409),
    /** A live rollout owns the routing; steer it with {@code rollout ...}. */
    ROLLOUT_RUNNING("ROUTING_ROLLOUT_RUNNING", 409),
    /** A colour the flip involves differs from its release; see {@code drift}. */
    COLOUR_DRIFTED("ROUTING_COLOUR_DRIFTED", 409);

    private final String code;
    private final int httpStatus;

    RoutingErrorCode(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }
}
