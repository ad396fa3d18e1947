package io.facadeswitch.drift;

import io.facadeswitch.AtomicFiles;
import io.facadeswitch.FacadeSwitchSettings;
import io.facadeswitch.OperatorText;
import io.facadeswitch.control.AuditLog;
import io.facadeswitch.core.CatalogChange;
import io.facadeswitch.core.CatalogEntry;
import io.facadeswitch.core.CoreMigrator;
import io.facadeswitch.core.CoreSnapshot;
import io.facadeswitch.db.SwitchLock;
import io.facadeswitch.reference.ReferencePull;
import io.facadeswitch.reference.ReferenceSynchronizer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What operators do about drift: see it ({@link DriftCheck}), write it back into source
 * ({@code drift capture}), write it back and record it as adopted ({@code drift adopt}: a core
 * changeset marked as applied here, colour and reference differences marked adopted), or discard
 * it with a reason ({@code drift discard}). Decisions are audited.
 */
@Singleton
public final class DriftService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DriftCheck check;
    private final SwitchLock lock;
    private final AuditLog audit;
    private final FacadeSwitchSettings settings;
    private final ReferencePull pull;
    private final CoreMigrator migrator;

    DriftService(DriftCheck check, SwitchLock lock, AuditLog audit, FacadeSwitchSettings settings, ReferencePull pull,
                 CoreMigrator migrator) {
        this.check = check;
        this.lock = lock;
        this.audit = audit;
        this.settings = settings;
        this.pull = pull;
        this.migrator = migrator;
    }

    /** What writing back did: files written, what went where, and what could not be written back. */
    @Serdeable
    public record WrittenBack(boolean adopted, List<String> files, @Nullable String changeset, List<String> notes,
                              List<DriftItem> writtenBack, List<DriftItem> leftOut) {
    }

    /** What a discard decided. */
    @Serdeable
    public record Discarded(String reason, List<DriftItem> discarded) {
    }

    public DriftReport report() {
        return check.check();
    }

    /**
     * Marks every undecided difference (of one layer, when given) as discarded: the next deploy
     * rebuilds a colour without it, the next migrate-core puts declared reference rows back, and
     * core drift is accepted here as it is.
     *
     * @param objects only these, each {@code "SCOPE KIND IDENTITY"} as the report names it ("blue view orders",
     *                "core index customer_created"); all when empty. One that is not undecided drift now refuses
     *                the whole discard: what the operator saw is no longer what is there.
     */
    public Discarded discard(String reason, @Nullable DriftLayer layer, List<String> objects, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new OperatorText.InvalidInput("a discard needs a reason: it throws away a change someone made on purpose;"
                    + " say why with --reason");
        }
        return lock.run("drift discard", connection -> {
            DriftReport report = check.check(connection, System.nanoTime());
            List<DriftItem> chosen = report.unresolved().stream()
                    .filter(item -> layer == null || item.layer().equals(layer.label()))
                    .filter(item -> objects.isEmpty() || objects.contains(named(item))).toList();
            List<String> gone = objects.stream().filter(name -> chosen.stream().noneMatch(i -> named(i).equals(name)))
                    .toList();
            if (!gone.isEmpty()) {
                throw new OperatorText.InvalidInput("not undecided drift now: " + String.join(", ", gone) + "; nothing"
                        + " was discarded: run 'drift' again and name what it lists (SCOPE KIND IDENTITY)");
            }
            record(connection, chosen, "discarded", reason.strip(), actor);
            if (!chosen.isEmpty()) {
                audit.record(actor, "drift discard", layer == null ? "all layers" : layer.label(), reason.strip(),
                        null, Map.of("discarded", chosen.stream().map(DriftService::describe).toList()), null);
            }
            return new Discarded(reason.strip(), chosen);
        });
    }

    /**
     * Writes the undecided differences back into source: facade objects into the facade's files
     * (the active colour's version where both colours changed one), core DDL as a new changeset,
     * reference rows into their CSV files. With {@code adopt}, then records them: the changeset as
     * applied here, the core record moved forward, the rest marked adopted, all in one transaction
     * that first checks nothing changed since the files were written.
     *
     * @param out where to write (as {@code out/<core folder>/...}, {@code out/<facade folder>/...}); the
     *            source folders themselves when {@code null}
     */
    public WrittenBack writeBack(Path coreFolder, Path facadeFolder, @Nullable Path out, boolean adopt, String actor) {
        String stamp = STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
        WriteBackPlan plan = lock.run("drift capture", connection -> WriteBackPlan.of(connection,
                check.check(connection, System.nanoTime()).unresolved(), settings.coreSchema()));
        Path coreOut = out == null ? coreFolder : out.resolve(coreFolder.toAbsolutePath().getFileName());
        Path facadeOut = out == null ? facadeFolder : out.resolve(facadeFolder.toAbsolutePath().getFileName());
        List<String> files = new ArrayList<>();
        List<String> notes = new ArrayList<>(plan.notes());
        CoreChangeset changeset = null;
        try {
            if (!plan.facade().isEmpty()) {
                WriteBack written = FacadeWriteBack.apply(facadeFolder, facadeOut, plan.facade(),
                        "900_drift_" + stamp.replace('-', '_') + ".sql");
                written.written().forEach(file -> files.add(file.toString()));
                notes.addAll(written.notes());
            }
            if (!plan.coreStatements().isEmpty()) {
                changeset = CoreChangesetWriter.write(coreFolder, coreOut, stamp, plan.coreStatements(),
                        plan.coreComments());
                files.add(changeset.file().toString());
                files.add(coreOut.resolve(CoreMigrator.CHANGELOG).toString());
            }
            for (String table : plan.referenceTables()) {
                Path target = coreOut.resolve(ReferenceSynchronizer.FOLDER).resolve(table + ".csv");
                Files.createDirectories(target.toAbsolutePath().getParent());
                AtomicFiles.write(target, pull.pull(coreFolder, table).csv().getBytes(StandardCharsets.UTF_8));
                files.add(target.toString());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DriftException(DriftErrorCode.DRIFT_WRITE_BACK_FAILED, "could not write the drift back into source"
                    + (files.isEmpty() ? "" : " (written so far: " + String.join(", ", files) + ")") + ": "
                    + e.getMessage() + "; nothing was recorded as adopted", e);
        }
        if (!adopt) {
            return new WrittenBack(false, files, changeset == null ? null : changeset.relativePath(), notes,
                    plan.written(), plan.leftOut());
        }
        CoreChangeset recorded = changeset;
        lock.run("drift adopt", connection -> {
            Set<String> now = states(check.check(connection, System.nanoTime()).unresolved());
            List<String> moved = plan.written().stream().filter(item -> !now.contains(stateKey(item)))
                    .map(DriftService::describe).toList();
            if (!moved.isEmpty()) {
                throw new DriftException(DriftErrorCode.DRIFT_CHANGED_MEANWHILE, "changed again while the files were"
                        + " written: " + String.join(", ", moved) + ". The files are written (" + String.join(", ", files)
                        + ") but nothing was recorded as adopted; undo them and run 'drift adopt' again", null);
            }
            if (recorded != null) {
                migrator.markApplied(connection, coreOut, recorded.relativePath(), recorded.label());
            }
            List<DriftItem> core = plan.written().stream().filter(i -> i.layer().equals(DriftLayer.CORE.label())).toList();
            if (!core.isEmpty()) {
                CoreSnapshot.save(connection, CoreSnapshot.advance(CoreSnapshot.load(connection).orElseThrow(),
                        core.stream().map(DriftService::change).toList()), actor);
            }
            record(connection, plan.written().stream().filter(i -> !i.layer().equals(DriftLayer.CORE.label())).toList(),
                    "adopted", null, actor);
            audit.record(actor, "drift adopt", String.join(", ", files), null, null,
                    Map.of("adopted", plan.written().stream().map(DriftService::describe).toList(),
                            "changeset", recorded == null ? "" : recorded.relativePath()), null);
            return null;
        });
        return new WrittenBack(true, files, changeset == null ? null : changeset.relativePath(), notes, plan.written(),
                plan.leftOut());
    }

    private void record(Connection connection, List<DriftItem> items, String resolution, @Nullable String reason,
                        String actor) throws SQLException {
        Map<String, Long> releases = new HashMap<>();
        DriftCheck.deployed(connection).forEach((colour, deployed) -> releases.put(colour.label(), deployed.releaseId()));
        DriftResolutions.record(connection, items, releases, resolution, reason, actor);
    }

    private static CatalogChange change(DriftItem item) {
        return new CatalogChange(item.change(),
                item.recorded() == null ? null : new CatalogEntry(item.objectKind(), item.identity(), item.recorded()),
                item.current() == null ? null : new CatalogEntry(item.objectKind(), item.identity(), item.current()));
    }

    private static Set<String> states(List<DriftItem> items) {
        Set<String> states = new TreeSet<>();
        items.forEach(item -> states.add(stateKey(item)));
        return states;
    }

    private static String stateKey(DriftItem item) {
        return item.layer() + " " + item.scope() + " " + item.key() + " " + item.state();
    }

    /** "blue view orders": how an operator names a difference to discard. */
    static String named(DriftItem item) {
        return item.scope() + " " + item.key();
    }

    static String describe(DriftItem item) {
        return item.layer() + " " + item.scope() + ": " + item.key() + " " + item.change()
                + (item.capture() == null ? "" : " by " + item.capture().sessionUser());
    }
}
