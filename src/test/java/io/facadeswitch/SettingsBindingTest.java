package io.facadeswitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.backup.BackupMode;
import io.facadeswitch.backup.BackupSettings;
import io.facadeswitch.health.HealthSettings;
import io.facadeswitch.routing.RoutingSettings;
import io.facadeswitch.support.SettingsContext;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The settings records hold the defaults, and application.yml none of them: FACADE_* variables
 * reach the records through Micronaut's relaxed binding (FACADE_DDL_ATTEMPTS is facade.ddl-attempts)
 * with no entry in the file. No database is needed.
 */
class SettingsBindingTest {

    private static ApplicationContext start(Map<String, Object> environment) {
        return SettingsContext.start(Map.of(), environment);
    }

    @Test
    void withNothingSetTheSettingsAreTheDocumentedDefaults() {
        try (ApplicationContext context = start(Map.of())) {

            assertThat(context.getBean(FacadeSwitchSettings.class))
                    .extracting(FacadeSwitchSettings::coreSchema, FacadeSwitchSettings::ownerRole,
                            FacadeSwitchSettings::ddlLockTimeout, FacadeSwitchSettings::ddlAttempts,
                            FacadeSwitchSettings::ddlBackoff, FacadeSwitchSettings::switchLockWait)
                    .containsExactly("core", "facade_owner", Duration.ofSeconds(2), 6, Duration.ofMillis(250),
                            Duration.ofSeconds(60));
            assertThat(context.getBean(RoutingSettings.class))
                    .extracting(RoutingSettings::pollInterval, RoutingSettings::listenRetry)
                    .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
            assertThat(context.getBean(HealthSettings.class))
                    .extracting(HealthSettings::probeInterval, HealthSettings::probeTimeout)
                    .containsExactly(Duration.ofSeconds(1), Duration.ofMillis(800));
        }
    }

    @Test
    void environmentVariablesReachTheRecordsWithoutEntriesInApplicationYml() {
        try (ApplicationContext context = start(Map.of("FACADE_CORE_SCHEMA", "app_core",
                "FACADE_OWNER_ROLE", "app_owner", "FACADE_DDL_LOCK_TIMEOUT", "3s", "FACADE_DDL_ATTEMPTS", "7",
                "FACADE_DDL_BACKOFF", "300ms", "FACADE_SWITCH_LOCK_WAIT", "61s",
                "FACADE_ROUTING_POLL_INTERVAL", "2s", "FACADE_ROUTING_LISTEN_RETRY", "3s",
                "FACADE_HEALTH_PROBE_INTERVAL", "4s", "FACADE_HEALTH_PROBE_TIMEOUT", "5s"))) {

            assertThat(context.getBean(FacadeSwitchSettings.class))
                    .extracting(FacadeSwitchSettings::coreSchema, FacadeSwitchSettings::ownerRole,
                            FacadeSwitchSettings::ddlLockTimeout, FacadeSwitchSettings::ddlAttempts,
                            FacadeSwitchSettings::ddlBackoff, FacadeSwitchSettings::switchLockWait)
                    .containsExactly("app_core", "app_owner", Duration.ofSeconds(3), 7, Duration.ofMillis(300),
                            Duration.ofSeconds(61));
            assertThat(context.getBean(RoutingSettings.class))
                    .extracting(RoutingSettings::pollInterval, RoutingSettings::listenRetry)
                    .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
            assertThat(context.getBean(HealthSettings.class))
                    .extracting(HealthSettings::probeInterval, HealthSettings::probeTimeout)
                    .containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(5));
        }
    }

    @Test
    void theBackupSettingsDefaultToRequiredBackupsOfTablesUpToOneHundredMegabytesKeptTenAndThirtyDays() {
        try (ApplicationContext context = start(Map.of())) {

            assertThat(context.getBean(BackupSettings.class))
                    .extracting(BackupSettings::maxTableBytes, BackupSettings::keep, BackupSettings::maxAge,
                            BackupSettings::mode)
                    .containsExactly(100L << 20, 10, Duration.ofDays(30), BackupMode.REQUIRED);
            // The build points the folder at target/ (a system property), so that tests write no backups/ here.
            assertThat(context.getBean(BackupSettings.class).folder())
                    .isEqualTo(Path.of(System.getProperty("facade.backup.folder", "backups")));
        }
    }

    @Test
    void facadeBackupVariablesReachTheBackupSettings() {
        try (ApplicationContext context = start(Map.of("FACADE_BACKUP_FOLDER", "/srv/backups",
                "FACADE_BACKUP_MAX_TABLE_SIZE", "500MB", "FACADE_BACKUP_KEEP", "3", "FACADE_BACKUP_MAX_AGE", "7d",
                "FACADE_BACKUP_MODE", "optional"))) {

            assertThat(context.getBean(BackupSettings.class))
                    .extracting(BackupSettings::folder, BackupSettings::maxTableBytes, BackupSettings::keep,
                            BackupSettings::maxAge, BackupSettings::mode)
                    .containsExactly(Path.of("/srv/backups"), 500L << 20, 3, Duration.ofDays(7), BackupMode.OPTIONAL);
        }
    }

    @Test
    void aMaxTableSizeThatIsNotASizeIsRefusedWithExamples() {
        try (ApplicationContext context = start(Map.of("FACADE_BACKUP_MAX_TABLE_SIZE", "lots"))) {

            assertThatThrownBy(() -> context.getBean(BackupSettings.class))
                    .hasRootCauseMessage("facade.backup.max-table-size (FACADE_BACKUP_MAX_TABLE_SIZE) is \"lots\", which"
                            + " is not a size: write e.g. 500MB, 2GB or 800kB");
        }
    }

    @Test
    void applicationYmlHoldsNoFacadeDefaults() throws Exception {
        try (var yml = SettingsBindingTest.class.getResourceAsStream("/application.yml")) {
            String text = new String(yml.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(text.lines()).as("defaults live in the settings records").noneMatch(l -> l.startsWith("facade:"));
        }
    }
}
