package io.facadeswitch;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.api.ApiErrorCode;
import io.facadeswitch.backup.BackupErrorCode;
import io.facadeswitch.canary.RolloutErrorCode;
import io.facadeswitch.canary.RolloutException;
import io.facadeswitch.cli.CliErrorCode;
import io.facadeswitch.core.MigrationErrorCode;
import io.facadeswitch.db.DatabaseErrorCode;
import io.facadeswitch.drift.DriftErrorCode;
import io.facadeswitch.environment.EnvironmentErrorCode;
import io.facadeswitch.environment.GateErrorCode;
import io.facadeswitch.facade.DeployErrorCode;
import io.facadeswitch.notify.WebhookErrorCode;
import io.facadeswitch.proxy.ProxyException;
import io.facadeswitch.reference.ReferenceErrorCode;
import io.facadeswitch.rehearsal.RehearsalErrorCode;
import io.facadeswitch.routing.RoutingErrorCode;
import io.facadeswitch.sources.BundleErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Error codes are a contract: scripts match on their spelling, callers on their HTTP status. */
class ErrorCodesTest {

    /** Every area's codes; a new area's enum belongs here. */
    private static final List<Class<? extends Enum<? extends ErrorCode>>> AREAS = List.of(InputErrorCode.class,
            ApiErrorCode.class, RoutingErrorCode.class, RolloutErrorCode.class, DeployErrorCode.class,
            DatabaseErrorCode.class, MigrationErrorCode.class, WebhookErrorCode.class,
            ProxyException.ProxyErrorCode.class, CliErrorCode.class, BundleErrorCode.class,
            EnvironmentErrorCode.class, GateErrorCode.class, ReferenceErrorCode.class,
            DriftErrorCode.class, RehearsalErrorCode.class, BackupErrorCode.class);

    private static List<ErrorCode> all() {
        return AREAS.stream().flatMap(area -> Arrays.stream(area.getEnumConstants())).map(ErrorCode.class::cast)
                .toList();
    }

    @Test
    void everyCodeIsCapitalLettersDigitsAndUnderscoresStartingWithALetter() {
        assertThat(all()).isNotEmpty().allSatisfy(code -> assertThat(code.code()).as(code.toString())
                .matches("^[A-Z][A-Z0-9_]*$"));
    }

    @Test
    void noTwoCodesShareASpellingAcrossAreas() {
        Map<String, List<String>> bySpelling = all().stream().collect(Collectors.groupingBy(ErrorCode::code,
                Collectors.mapping(code -> code.getClass().getSimpleName() + "." + code, Collectors.toList())));
        assertThat(bySpelling).allSatisfy((spelling, holders) -> assertThat(holders).as(spelling).hasSize(1));
    }

    /** Each code's status as the HTTP handler answered it before codes carried one. */
    @Test
    void everyCodeKeepsItsSpellingAndTheStatusTheApiAlwaysAnsweredWith() {
        Map<String, Integer> expected = new TreeMap<>();
        expected.put("INVALID_INPUT", 400);
        Stream.of("API_UNAUTHENTICATED:401", "API_FORBIDDEN:403", "API_TOKENS_INVALID:500", "API_UPLOAD_TOO_LARGE:413",
                "API_NOT_FOUND:404", "DB_UNAVAILABLE:503", "BUNDLE_INVALID:400", "BUNDLE_TOO_LARGE:413", "BUNDLE_MANIFEST_INVALID:400",
                "BUNDLE_CHECKSUM_MISMATCH:400", "BUNDLE_FILE_EXISTS:409", "API_HTTP_PORT_IN_USE:500",
                "ROUTING_NOTHING_DEPLOYED:409", "ROUTING_NOTHING_TO_PROMOTE:409", "ROUTING_NOTHING_TO_ROLL_BACK:409",
                "ROUTING_NOTHING_TO_CANARY:409", "ROUTING_NO_CANARY:409", "ROUTING_CANARY_RUNNING:409",
                "ROUTING_BAD_REQUEST:400", "ROUTING_STALE_GENERATION:409", "ROUTING_ROLLOUT_RUNNING:409",
                "ROUTING_COLOUR_DRIFTED:409",
                "ROLLOUT_BAD_PLAN:400", "ROLLOUT_BAD_REQUEST:400", "ROLLOUT_NO_ROLLOUT:404", "ROLLOUT_RUNNING:409",
                "ROLLOUT_WRONG_STATE:409", "ROLLOUT_APPROVER_IS_INITIATOR:403", "ROLLOUT_RELEASE_CHANGED:409",
                "ROLLOUT_NOTHING_TO_ROLL_OUT:409",
                "DEPLOY_SOURCES_UNREADABLE:409", "DEPLOY_SOURCES_INVALID:409", "DEPLOY_BAD_RELEASE_NAME:409",
                "DEPLOY_RELEASE_NAME_TAKEN:409", "DEPLOY_SQL_FAILED:409", "DEPLOY_TEST_FAILED:409",
                "DEPLOY_VERIFY_FAILED:409", "DEPLOY_APP_ROLE_MISSING:409", "DEPLOY_TARGET_IN_USE:409",
                "DEPLOY_OWNER_ROLE_UNSAFE:409", "DEPLOY_REACHED_OUTSIDE:409", "DEPLOY_TARGET_DRIFTED:409",
                "DB_CONNECTION_FAILED:503", "DB_LOCK_TIMEOUT:503", "DB_BAD_IDENTIFIER:500", "DB_EMBEDDED_FAILED:500",
                "DB_EMBEDDED_IN_USE:409", "DB_EMBEDDED_UNSUPPORTED:500", "DB_CONTROL_SCHEMA_MISSING:409",
                "DB_QUERY_FAILED:500",
                "MIGRATE_CHANGELOG_UNREADABLE:500", "MIGRATE_CHANGESET_FAILED:500", "MIGRATE_BREAKS_LIVE_COLOUR:500",
                "MIGRATE_CORE_DRIFTED:409", "MIGRATE_BACKUP_FAILED:500",
                "WEBHOOK_SETTINGS:500", "PROXY:500", "PROXY_PORT_IN_USE:500",
                "CLI_REQUEST:500", "CLI_ANSWER:500", "CLI_UNREACHABLE:500", "CLI_INTERRUPTED:500", "CLI_USAGE:400",
                "CLI_NO_DATABASE:400", "CLI_UNEXPECTED:500",
                "REFERENCE_FILE_INVALID:400", "REFERENCE_DELETE_REFERENCED:409", "REFERENCE_SYNC_FAILED:409",
                "ENV_CONFIG_INVALID:400", "ENV_CONFIG_MISSING:400", "ENV_UNKNOWN:400", "ENV_VARIABLE_UNSET:400",
                "GATE_PREDECESSOR:409", "GATE_PREDECESSOR_UNREACHABLE:503", "GATE_APPROVALS_MISSING:403",
                "GATE_WINDOW_CLOSED:409", "GATE_EMERGENCY_REFUSED:403", "GATE_BUNDLE_REQUIRED:400", "GATE_REHEARSAL_MISSING:409",
                "APPROVAL_NOT_FOUND:404", "APPROVAL_BY_REQUESTER:403", "APPROVAL_NOT_AN_APPROVER:403",
                "APPROVAL_CLOSED:409", "APPROVAL_NOT_NEEDED:400",
                "DRIFT_WRITE_BACK_FAILED:409", "DRIFT_CHANGED_MEANWHILE:409",
                "REHEARSAL_SERVER_UNAVAILABLE:503", "REHEARSAL_VERSION_MISMATCH:409", "REHEARSAL_PG_DUMP_UNAVAILABLE:503",
                "BACKUP_WRITE_FAILED:500", "BACKUP_NOT_FOUND:404", "BACKUP_CORRUPT:409", "RESTORE_TARGET_NOT_EMPTY:409",
                "RESTORE_SAME_DATABASE:409", "RESTORE_FAILED:500")
                .map(pair -> pair.split(":"))
                .forEach(pair -> expected.put(pair[0], Integer.valueOf(pair[1])));

        Map<String, Integer> actual = all().stream().collect(Collectors.toMap(ErrorCode::code, ErrorCode::httpStatus,
                (a, b) -> a, TreeMap::new));

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aRolloutRefusedBecauseAnotherIsLiveNamesTheAreaOnce() {
        RolloutException refused = new RolloutException(RolloutErrorCode.ROLLOUT_RUNNING, "rollout 1 is running");

        assertThat(refused.code()).isEqualTo("ROLLOUT_RUNNING");
        assertThat(refused.errorCode()).isSameAs(RolloutErrorCode.ROLLOUT_RUNNING);
    }
}
