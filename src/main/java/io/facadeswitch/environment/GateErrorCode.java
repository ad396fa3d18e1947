package io.facadeswitch.environment;

import io.facadeswitch.ErrorCode;

/** Why an environment's gate refused a step, or an approval could not be recorded. */
public enum GateErrorCode implements ErrorCode {

    /** The release has not done this step in the predecessor environment. */
    PREDECESSOR("GATE_PREDECESSOR", 409),
    /** The predecessor's record could not be read, so the rule cannot be checked. */
    PREDECESSOR_UNREACHABLE("GATE_PREDECESSOR_UNREACHABLE", 503),
    /** Fewer approvals than the gate needs, from people other than the requester. */
    APPROVALS_MISSING("GATE_APPROVALS_MISSING", 403),
    /** No passing rehearsal of this checksum here, young enough for the gate. */
    REHEARSAL_MISSING("GATE_REHEARSAL_MISSING", 409),
    /** Outside every window of the gate, or inside a freeze. */
    WINDOW_CLOSED("GATE_WINDOW_CLOSED", 409),
    /** An emergency override the environment does not allow, or one without a reason. */
    EMERGENCY_REFUSED("GATE_EMERGENCY_REFUSED", 403),
    /** The environment takes its releases as bundles only (it has a predecessor or approvals). */
    BUNDLE_REQUIRED("GATE_BUNDLE_REQUIRED", 400),
    /** No approval request with that id in this environment. */
    APPROVAL_NOT_FOUND("APPROVAL_NOT_FOUND", 404),
    /** The requester decides nothing on their own request. */
    APPROVAL_BY_REQUESTER("APPROVAL_BY_REQUESTER", 403),
    /** Someone not among the gate's approvers tried to approve. */
    APPROVAL_NOT_AN_APPROVER("APPROVAL_NOT_AN_APPROVER", 403),
    /** The request is rejected or expired, or this person has decided on it already. */
    APPROVAL_CLOSED("APPROVAL_CLOSED", 409),
    /** A request for a step whose gate needs no approval, or without an environment. */
    APPROVAL_NOT_NEEDED("APPROVAL_NOT_NEEDED", 400);

    private final String code;
    private final int httpStatus;

    GateErrorCode(String code, int httpStatus) {
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
