package io.facadeswitch.canary;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Which human decisions a plan waits for.
 *
 * @param beforeStart      the rollout waits for an approval before its first step
 * @param beforePromote    after its last step passes, it waits for an approval before promoting
 * @param distinctApprover the approver must not be the person who started the rollout
 */
@Serdeable
public record ApprovalPolicy(boolean beforeStart, boolean beforePromote, boolean distinctApprover) {

    public static final ApprovalPolicy NONE = new ApprovalPolicy(false, false, false);
}
