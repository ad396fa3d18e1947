package io.facadeswitch;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;

/**
 * Settings shared by the deployer's parts, under {@code facade.*}.
 *
 * @param coreSchema     the schema that holds the core tables
 * @param appRoles       roles that applications log in as; each deploy grants them its colour, never core
 * @param ownerRole      the base name of the plain roles that own the colours ({@code <name>_blue},
 *                       {@code <name>_green}); release code and SECURITY DEFINER routines run as them
 * @param ddlLockTimeout how long one DDL statement may wait for a lock before the attempt is retried
 * @param ddlAttempts    how many times a migration or deploy is tried when DDL cannot get its locks
 * @param ddlBackoff     the wait before the second attempt; it doubles for every further attempt
 * @param switchLockWait how long to wait for another operator's deploy or migration to finish
 * @param statementTimeout       the longest one of the tool's own statements may run (0: no limit)
 * @param changeStatementTimeout the longest one changeset may run (0: no limit)
 * @param releaseStatementTimeout the longest one statement of release code (a definition, a test) may run
 * @param clientCheckInterval    how often the server checks, while a statement runs, that the tool
 *                               is still connected, so a killed command frees its locks (0: never)
 */
@ConfigurationProperties("facade")
public record FacadeSwitchSettings(
        @Bindable(defaultValue = "core") @NotBlank String coreSchema,
        @Bindable(defaultValue = "") @NotNull List<String> appRoles,
        @Bindable(defaultValue = "facade_owner") @NotBlank String ownerRole,
        @Bindable(defaultValue = "2s") @NotNull Duration ddlLockTimeout,
        @Bindable(defaultValue = "6") @Min(1) @Max(50) int ddlAttempts,
        @Bindable(defaultValue = "250ms") @NotNull Duration ddlBackoff,
        @Bindable(defaultValue = "60s") @NotNull Duration switchLockWait,
        @Bindable(defaultValue = "30s") @NotNull Duration statementTimeout,
        @Bindable(defaultValue = "0s") @NotNull Duration changeStatementTimeout,
        @Bindable(defaultValue = "60s") @NotNull Duration releaseStatementTimeout,
        @Bindable(defaultValue = "1s") @NotNull Duration clientCheckInterval) {

    public FacadeSwitchSettings {
        appRoles = appRoles.stream().map(String::trim).filter(r -> !r.isEmpty()).toList();
    }
}
