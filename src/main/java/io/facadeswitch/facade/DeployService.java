package io.facadeswitch.facade;

import io.facadeswitch.FacadeSwitchSettings;
import io.facadeswitch.ProgressReporter;
import io.facadeswitch.control.AuditLog;
import io.facadeswitch.control.ControlSchema;
import io.facadeswitch.db.Sql;
import io.facadeswitch.db.SwitchLock;
import io.facadeswitch.db.ToolSession;
import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.ColourState;
import io.facadeswitch.routing.DriftHold;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys a facade release into the standby colour: one transaction under the switch lock that
 * rebuilds the colour, grants it, verifies it, runs the release's tests and records it. Any
 * failure rolls all of it back, leaving both colours and the routing as they were. Release code
 * runs with the colour owner's rights only, and is judged by what it changed; see
 * {@link ColourBuild}.
 */
@Singleton
public final class DeployService {

    private static final Logger LOG = LoggerFactory.getLogger(DeployService.class);

    private final SwitchLock lock;
    private final RoutingService routing;
    private final ReleaseRepository releases;
    private final AuditLog audit;
    private final FacadeSwitchSettings settings;
    private final MeterRegistry metrics;
    private final LiveConnections liveConnections;
    private final ToolSession session;
    private final ProgressReporter progress;
    private final DriftHold drift;
    private final RetiredColourCleanup retired;

    DeployService(SwitchLock lock, RoutingService routing, ReleaseRepository releases, AuditLog audit,
                  FacadeSwitchSettings settings, MeterRegistry metrics,
                  LiveConnections liveConnections, ToolSession session,
                  ProgressReporter progress, DriftHold drift, RetiredColourCleanup retired) {
        this.retired = retired;
        this.progress = progress;
        this.drift = drift;
        this.liveConnections = liveConnections;
        this.session = session;
        this.metrics = metrics;
        this.lock = lock;
        this.routing = routing;
        this.releases = releases;
        this.audit = audit;
        this.settings = settings;
    }

    public DeployOutcome deploy(Path facadeFolder, String releaseName, String actor) {
        long started = System.nanoTime();
        PhaseClock clock = new PhaseClock();
        progress.step("reading " + facadeFolder);
        FacadeRelease release = FacadeSourceReader.read(facadeFolder, releaseName);
        clock.lap("read");
        retired.dropLeftovers(); // what a killed command left, or serve has not dropped yet
        clock.lap("leftovers");
        progress.step("waiting for the switch lock (another deploy, migration or flip may hold it)");
        String outcome = "failed";
        try {
            DeployOutcome result = session.isolated(() -> deployLocked(release, actor, started, clock));
            outcome = result instanceof DeployOutcome.Deployed ? "deployed" : "unchanged";
            if (result instanceof DeployOutcome.Deployed deployed) {
                clock.lap("commit");
                // The colour it replaced was only renamed: serve drops it, or this deploy does now.
                progress.step("dropping the colour it replaced, unless a live serve replica does");
                if (retired.afterDeploy()) {
                    progress.step("left the colour it replaced to serve, which drops it in the background");
                }
                clock.lap("drop previous");
                LOG.debug("deploy of release {}: {}", release.name(), clock);
                return deployed.withDurationMs((System.nanoTime() - started) / 1_000_000);
            }
            return result;
        } catch (DeployException e) {
            outcome = "refused";
            throw e.withAdvice(". Nothing was deployed: both colours and the routing are as they were.");
        } finally {
            Timer.builder("facade_switch_deploy_duration").description("facade deploys, from reading to commit")
                    .tag("outcome", outcome).register(metrics).record(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private DeployOutcome deployLocked(FacadeRelease release, String actor, long started, PhaseClock clock) {
        String releaseName = release.name();
        return lock.run("deploy of release " + releaseName, connection -> {
            clock.lap("lock");
            RoutingSnapshot before = routing.snapshot();
            // A name stands for one checksum, always: a name recorded with other sources is refused
            // even when these sources are live under another name.
            Optional<ReleaseEntity> named = releases.findByName(releaseName);
            named.filter(taken -> !taken.checksum().equals(release.checksum()))
                    .ifPresent(taken -> refuseTakenName(release, taken));
            Optional<DeployOutcome> unchanged = alreadyLive(before, release);
            if (unchanged.isPresent()) {
                return unchanged.get();
            }
            named.ifPresent(taken -> refuseTakenName(release, taken));
            Colour target = before.active() == null ? Colour.BLUE : before.activeColour().other();
            routing.liveRollout().ifPresent(id -> {
                throw new DeployException(DeployErrorCode.TARGET_IN_USE, "rollout " + id + " is in progress and"
                        + " would lose the release it rolls out; finish it first ('rollout status', then 'rollout"
                        + " promote --full' or 'rollout abort --reason ...')");
            });
            if (before.state(target) == ColourState.CANARY) {
                throw new DeployException(DeployErrorCode.TARGET_IN_USE, target + " serves a canary of release "
                        + before.colour(target).release() + "; promote it or abort the canary before deploying");
            }
            drift.refuseRebuild(target);
            liveConnections.on(target).ifPresent(inUse -> {
                throw new DeployException(DeployErrorCode.TARGET_IN_USE, target + " still has " + inUse
                        + " through the proxies; they move to " + target.other() + " when their transactions end:"
                        + " deploy again when 'status' shows none on " + target);
            });
            List<String> warnings = new ArrayList<>(checkAppRoles(connection));
            if (before.state(target) == ColourState.STANDBY) {
                warnings.add(target + " held release " + before.colour(target).release()
                        + ", the rollback target; 'rollback' is not possible again until the next promote");
            }
            LOG.debug("building release {} into {}", release.name(), target.schema());
            clock.lap("checks");
            ColourBuild build = ColourBuild.start(connection, session, target.schema(),
                    ColourOwner.of(settings.ownerRole(), target), settings.coreSchema(),
                    List.of(settings.coreSchema(), target.other().schema(), ControlSchema.SCHEMA));
            build.define(release, progress);
            progress.step("verifying " + target.schema() + "'s objects");
            clock.lap("build");
            List<FacadeObject> objects = CatalogInventory.read(connection, target.schema(), settings.coreSchema());
            verify(release, objects);
            clock.lap("inventory");
            progress.step("granting " + target.schema() + " to the application roles");
            build.grant(settings.appRoles());
            List<String> invokers = ColourPrivileges.invokerRoutinesReachingCore(connection, target.schema(),
                    settings.coreSchema());
            if (!invokers.isEmpty()) {
                warnings.add("SECURITY INVOKER routine(s) " + String.join(", ", invokers) + " use "
                        + settings.coreSchema() + " directly; applications have no rights there, so they will get"
                        + " 'permission denied': declare them SECURITY DEFINER or go through the facade's views");
            }
            clock.lap("grants");
            build.test(release, progress).uncalledPlpgsql()
                    .filter(uncalled -> !uncalled.isEmpty())
                    .ifPresent(uncalled -> warnings.add("no test calls the PL/pgSQL routine(s) "
                            + String.join(", ", uncalled) + "; PostgreSQL resolves the names in their bodies only"
                            + " when they run, so call them from tests/"));
            build.finish();
            clock.lap("tests");
            progress.step("recording release " + release.name());
            long buildMs = (System.nanoTime() - started) / 1_000_000;
            ReleaseEntity saved = releases.save(new ReleaseEntity(null, release.name(), release.checksum(),
                    target.label(), actor, currentUser(connection), null, release.files().size(), objects.size(),
                    buildMs));
            ReleaseStore.saveFiles(connection, saved.id(), release);
            ReleaseStore.saveObjects(connection, saved.id(), objects);
            ColourRecord.saveCatalog(connection, saved.id(), ColourRecord.catalog(connection, target.schema()));
            RoutingSnapshot after = routing.recordDeploy(actor, target, saved.id(), release.name());
            audit.record(actor, "deploy", target.label(), "release " + release.name(), before,
                    Map.of("release", release.name(), "checksum", release.checksum(), "colour", target.label(),
                            "objects", objects.size(), "routing", after),
                    after.generation());
            clock.lap("record");
            // Everything up to the commit: reading, building, verifying, testing and recording.
            long durationMs = (System.nanoTime() - started) / 1_000_000;
            return new DeployOutcome.Deployed(release.name(), release.checksum(), target.label(),
                    after.activeColour() == target, objects.size(), release.tests().size(), durationMs,
                    after.generation(), List.copyOf(warnings));
        });
    }

    private static Optional<DeployOutcome> alreadyLive(RoutingSnapshot routing, FacadeRelease release) {
        for (Colour colour : Colour.values()) {
            RoutingSnapshot.ColourStatus status = routing.colour(colour);
            if (release.checksum().equals(status.checksum())) {
                return Optional.of(new DeployOutcome.Unchanged(release.name(), release.checksum(), colour.label(),
                        status.release()));
            }
        }
        return Optional.empty();
    }

    private static void refuseTakenName(FacadeRelease release, ReleaseEntity taken) {
        throw new DeployException(DeployErrorCode.RELEASE_NAME_TAKEN, "release " + release.name()
                + " was already deployed on " + taken.deployedAt() + " by " + taken.deployedBy()
                + (taken.checksum().equals(release.checksum())
                    ? " and has since been replaced"
                    : " from different sources (checksum " + taken.checksum().substring(0, 12) + ", these are "
                        + release.shortChecksum() + ")")
                + "; a release name stands for one set of sources: deploy under a new name");
    }

    private List<String> checkAppRoles(Connection connection) throws SQLException {
        List<String> warnings = new ArrayList<>();
        if (settings.appRoles().isEmpty()) {
            warnings.add("no application role configured (--app-role, FACADE_APP_ROLES): only the owner can use"
                    + " the facade");
            return warnings;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT r.rolname IS NOT NULL,"
                + " r.rolname IS NOT NULL AND (r.rolsuper OR has_schema_privilege(r.rolname, ?, 'USAGE'))"
                + " FROM (SELECT ?::text AS wanted) w LEFT JOIN pg_roles r ON r.rolname = w.wanted")) {
            for (String role : settings.appRoles()) {
                query.setString(1, settings.coreSchema());
                query.setString(2, role);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (!row.getBoolean(1)) {
                        throw new DeployException(DeployErrorCode.APP_ROLE_MISSING, "application role '" + role
                                + "' does not exist: create it (CREATE ROLE " + role + " LOGIN PASSWORD '...')"
                                + " or fix --app-role / FACADE_APP_ROLES");
                    }
                    if (row.getBoolean(2)) {
                        warnings.add("application role " + role + " can use schema " + settings.coreSchema()
                                + " directly; for least privilege revoke that and let it reach data only"
                                + " through the facade");
                    }
                }
            }
        }
        return warnings;
    }

    private static void verify(FacadeRelease release, List<FacadeObject> objects) {
        List<String> data = objects.stream().filter(FacadeObject::holdsData).map(FacadeObject::key).toList();
        if (!data.isEmpty()) {
            throw new DeployException(DeployErrorCode.VERIFY_FAILED, "release " + release.name()
                    + " creates " + String.join(", ", data) + ": a facade holds no data, and its colour is rebuilt"
                    + " from scratch on every deploy; move tables and sequences to the core schema");
        }
        if (objects.isEmpty()) {
            throw new DeployException(DeployErrorCode.VERIFY_FAILED, "release " + release.name()
                    + " creates no object; check that its files define views, functions or procedures");
        }
    }

    private static String currentUser(Connection connection) throws SQLException {
        return Sql.column(connection, "SELECT current_user").get(0);
    }
}
