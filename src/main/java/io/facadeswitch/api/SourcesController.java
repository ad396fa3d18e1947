package io.facadeswitch.api;

import io.facadeswitch.FacadeSwitchException;
import io.facadeswitch.OperatorText;
import io.facadeswitch.backup.BackupLabel;
import io.facadeswitch.core.CoreMigrator;
import io.facadeswitch.core.MigrationOutcome;
import io.facadeswitch.environment.BundleManifest;
import io.facadeswitch.environment.Emergency;
import io.facadeswitch.environment.ReleaseBundle;
import io.facadeswitch.environment.Step;
import io.facadeswitch.environment.StepGates;
import io.facadeswitch.environment.StepSubject;
import io.facadeswitch.facade.DeployService;
import io.facadeswitch.facade.FacadePlanner;
import io.facadeswitch.sources.SourceBundle;
import io.facadeswitch.sources.UnpackedBundle;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.function.Function;

/**
 * Deploys, core migrations and plans of sources uploaded as a {@link SourceBundle}: each runs the
 * same service as the command would locally, with this switch's connection and roles, under the
 * token's name. The bundle is unpacked into a temporary folder that is deleted when the request
 * ends, whatever its outcome. Every request here is a POST, so it needs an {@code operate} token,
 * {@code plan} too: it changes nothing, but it runs the release's code on the database.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
final class SourcesController {

    private final DeployService deploys;
    private final CoreMigrator migrator;
    private final FacadePlanner planner;
    private final ApiSettings settings;
    private final OperationMetrics metrics;
    private final StepGates gates;

    SourcesController(DeployService deploys, CoreMigrator migrator, FacadePlanner planner, ApiSettings settings,
                      OperationMetrics metrics, StepGates gates) {
        this.gates = gates;
        this.deploys = deploys;
        this.migrator = migrator;
        this.planner = planner;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** Answers the outcome's own record (deployed or unchanged), as {@code deploy --json} prints it. */
    @Post(uri = "/deploy{?release,emergency,reason}", consumes = SourceBundle.MEDIA_TYPE)
    @Operation(summary = "Builds the uploaded facade (facade/ in a zip, or a release bundle) into the standby colour"
            + " and verifies it, behind this environment's deploy gate")
    Object deploy(@Nullable @QueryValue String release, @Nullable @QueryValue Boolean emergency,
                  @Nullable @QueryValue String reason, @Body byte[] bundle,
                  @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        return metrics.count("deploy", () -> withBundle(bundle, sources -> {
            StepSubject subject = subject(Step.DEPLOY, sources, release);
            return gates.run(subject, actor, new Emergency(Boolean.TRUE.equals(emergency), reason),
                    () -> deploys.deploy(sources.facade(), subject.release(), actor));
        }));
    }

    @Post(uri = "/migrate-core{?emergency,reason}", consumes = SourceBundle.MEDIA_TYPE)
    @Operation(summary = "Applies the pending changesets of the uploaded core changelog (core/ in a zip, or a release"
            + " bundle), guarded, behind this environment's migrate-core gate")
    MigrationOutcome migrateCore(@Nullable @QueryValue Boolean emergency, @Nullable @QueryValue String reason,
                                 @Body byte[] bundle, @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        return metrics.count("migrate-core", () -> withBundle(bundle, sources -> {
            StepSubject subject = subject(Step.MIGRATE_CORE, sources, "core-schema");
            BackupLabel label = subject.checksum() == null ? BackupLabel.NONE
                    : new BackupLabel(subject.release(), subject.checksum());
            return gates.run(subject, actor, new Emergency(Boolean.TRUE.equals(emergency), reason),
                    () -> migrator.migrate(sources.core(), actor, label));
        }));
    }

    /**
     * What the gate judges: a release bundle (with its manifest, every checksum verified here) is
     * known by its checksum; plain folders only by the release name they are deployed as.
     */
    private StepSubject subject(Step step, UnpackedBundle sources, @Nullable String release) {
        if (sources.manifest() == null) {
            return new StepSubject(step, release, null, null, null);
        }
        BundleManifest manifest = ReleaseBundle.verify(sources, "uploaded with the request");
        if (step == Step.DEPLOY && release != null && !release.equals(manifest.release())) {
            throw new OperatorText.InvalidInput("release " + OperatorText.shown(release) + " is not the bundle's"
                    + " release " + manifest.release() + "; leave release out, the bundle names it");
        }
        return StepSubject.of(step, manifest);
    }

    @Post(uri = "/plan", consumes = SourceBundle.MEDIA_TYPE)
    @Operation(summary = "What migrate-core and deploy of the uploaded core/ and facade/ would change, changing nothing")
    PlanDocument plan(@Body byte[] bundle) {
        return metrics.count("plan", () -> withBundle(bundle,
                sources -> PlanDocument.of(migrator, planner, sources.core(), sources.facade())));
    }

    private <T> T withBundle(byte[] bundle, Function<UnpackedBundle, T> work) {
        if (bundle.length > settings.maxUploadSize()) {
            // The HTTP server refuses most of these before reading them; this is for when
            // micronaut.server.max-request-size was set above facade.api.max-upload-size.
            throw new UploadTooLarge(UploadTooLargeHandler.tooLarge(settings.maxUploadSize()));
        }
        try (UnpackedBundle sources = UnpackedBundle.unpack(bundle, settings.bundleLimits())) {
            return work.apply(sources);
        }
    }

    /** The upload's body was larger than the API takes. */
    private static final class UploadTooLarge extends FacadeSwitchException {
        UploadTooLarge(String message) {
            super(ApiErrorCode.UPLOAD_TOO_LARGE, message, null);
        }
    }
}
