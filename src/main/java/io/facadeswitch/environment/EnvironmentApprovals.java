package io.facadeswitch.environment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The approval requests of one environment, newest first, or why they could not be read. */
@Serdeable
public record EnvironmentApprovals(String environment, @Nullable String error, List<ApprovalRequest> requests) {
}
