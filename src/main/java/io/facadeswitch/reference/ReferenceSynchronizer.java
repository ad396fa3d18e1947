package io.facadeswitch.reference;

import io.facadeswitch.FacadeSwitchSettings;
import io.facadeswitch.db.SqlErrors;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the core schema's reference tables hold what {@code core-schema/reference-data/}
 * declares, inside the migration's transaction: every file is read and every value cast before the
 * first write; deletes that would orphan rows are refused; then inserts and updates run parents
 * first and deletes children first, one statement per table and kind. A table whose declaration
 * and rows are as at its last synchronization costs one comparison of checksums.
 */
@Singleton
public final class ReferenceSynchronizer {

    /** The folder of a core-schema folder that holds the reference data. */
    public static final String FOLDER = "reference-data";

    private final FacadeSwitchSettings settings;
    private final ReferenceOverlay overlay;

    ReferenceSynchronizer(FacadeSwitchSettings settings, ReferenceOverlay overlay) {
        this.settings = settings;
        this.overlay = overlay;
    }

    /** One table's work for this run: its staged rows, and how it stood at its last synchronization. */
    private record Work(TableSpec spec, List<DeclaredRow> rows, StagedRows staged, RowDifferences differences,
                        String checksum, Optional<SyncRecords.LastSync> last) {
    }

    /**
     * Synchronizes (or, in a transaction that is rolled back, rehearses) every declared table.
     *
     * @param list also list every row change and every drifted row, for {@code plan}
     */
    public ReferenceRun synchronize(Connection connection, Path coreFolder, String actor, boolean list)
            throws SQLException {
        String overlayName = overlay.name().orElse(null);
        List<ReferenceDeclarations.TableFiles> found = ReferenceDeclarations.find(coreFolder.resolve(FOLDER));
        if (found.isEmpty()) {
            return ReferenceRun.NONE;
        }
        List<TableSync> tables = new ArrayList<>();
        Map<Long, Work> work = new LinkedHashMap<>();
        for (ReferenceDeclarations.TableFiles files : found) {
            ReferenceTable table = ReferenceTable.read(connection, settings.coreSchema(), files.table())
                    .orElseThrow(() -> new ReferenceDataException(ReferenceErrorCode.REFERENCE_FILE_INVALID,
                            files.csv().getFileName() + ": the core schema " + settings.coreSchema()
                                    + " has no table " + files.table() + "; create it with a changeset first"
                                    + " (reference data is synchronized after the changesets), or remove the file"));
            String checksum = DeclarationChecksum.of(files, table, overlayName);
            Optional<SyncRecords.LastSync> last = SyncRecords.last(connection, table);
            if (!list && last.filter(l -> l.checksum().equals(checksum) && l.changesSince() == 0 && l.watched())
                    .isPresent()) {
                tables.add(new TableSync(table.name(), files.manifest().mode().word(), 0, 0, 0, true, 0));
                continue;
            }
            TableDeclaration declaration = files.declaration(overlayName);
            TableSpec spec = TableSpec.of(declaration, table);
            List<DeclaredRow> rows = spec.rows();
            checkNotNull(spec, rows);
            StagedRows staged = StagedRows.load(connection, spec, rows, work.size() + 1,
                    declaration.overlayRows().isEmpty() ? declaration.csv() : null);
            work.put(table.oid(), new Work(spec, rows, staged, new RowDifferences(staged), checksum, last));
        }
        if (work.isEmpty()) {
            return new ReferenceRun(tables, List.of());
        }
        List<ForeignKey> keys = ForeignKey.pointingAt(connection, List.copyOf(work.keySet()));
        List<TableSpec> ordered = ParentsFirst.order(work.values().stream().map(Work::spec).toList(), keys);
        List<TablePlan> plans = list ? plans(connection, ordered, work) : List.of();
        Map<Long, StagedRows> staged = new LinkedHashMap<>();
        work.forEach((oid, w) -> staged.put(oid, w.staged()));
        for (TableSpec spec : ordered) {
            // Only where rows would go: the check joins the referencing tables, which may be large.
            boolean referenced = keys.stream().anyMatch(k -> k.parentOid() == spec.table().oid());
            if (spec.mode().deletes() && referenced
                    && work.get(spec.table().oid()).differences().countExtra(connection) > 0) {
                ReferencedRows.check(connection, staged.get(spec.table().oid()), keys, staged);
            }
        }
        tables.addAll(apply(connection, ordered, work, actor));
        return new ReferenceRun(tables, plans);
    }

    private List<TableSync> apply(Connection connection, List<TableSpec> ordered, Map<Long, Work> work, String actor)
            throws SQLException {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        String current = "";
        try {
            SyncRecords.writing(connection, true);
            for (TableSpec spec : ordered) {
                current = spec.name();
                RowDifferences differences = work.get(spec.table().oid()).differences();
                long updated = spec.mode().updates() ? differences.update(connection) : 0;
                long inserted = differences.insert(connection);
                counts.put(spec.table().oid(), new long[] {inserted, updated, 0});
            }
            for (int i = ordered.size() - 1; i >= 0; i--) {
                TableSpec spec = ordered.get(i);
                current = spec.name();
                if (spec.mode().deletes()) {
                    counts.get(spec.table().oid())[2] = work.get(spec.table().oid()).differences().delete(connection);
                }
            }
            SyncRecords.writing(connection, false);
        } catch (SQLException e) {
            if (SqlErrors.isLockTimeout(e)) {
                throw e;
            }
            throw new ReferenceDataException(ReferenceErrorCode.REFERENCE_SYNC_FAILED, "the synchronization of "
                    + current + " was refused by the server: " + SqlErrors.describe(e) + " [SQLSTATE "
                    + SqlErrors.sqlState(e) + "]; nothing was applied. Correct the declared rows", e);
        }
        List<TableSync> done = new ArrayList<>();
        for (TableSpec spec : ordered) {
            Work w = work.get(spec.table().oid());
            SyncRecords.record(connection, spec, w.checksum(), w.rows().size(), actor,
                    w.last().map(SyncRecords.LastSync::watched).orElse(false));
            long[] c = counts.get(spec.table().oid());
            done.add(new TableSync(spec.name(), spec.mode().word(), c[0], c[1], c[2], false,
                    w.last().map(SyncRecords.LastSync::changesSince).orElse(0L)));
        }
        done.sort(Comparator.comparing(TableSync::table));
        return done;
    }

    private static List<TablePlan> plans(Connection connection, List<TableSpec> ordered, Map<Long, Work> work)
            throws SQLException {
        List<TablePlan> plans = new ArrayList<>();
        for (TableSpec spec : ordered) {
            Work w = work.get(spec.table().oid());
            RowDifferences d = w.differences();
            SyncMode mode = spec.mode();
            List<ReferenceDrift> drift = w.last().isPresent()
                    ? SyncRecords.driftSince(connection, spec.name(), w.last().get().settledThrough(), mode) : List.of();
            plans.add(new TablePlan(spec.name(), mode.word(), d.countMissing(connection),
                    mode.updates() ? d.countDiffering(connection) : 0, mode.deletes() ? d.countExtra(connection) : 0,
                    d.listMissing(connection, Integer.MAX_VALUE),
                    mode.updates() ? d.listDiffering(connection, Integer.MAX_VALUE) : List.of(),
                    mode.deletes() ? d.listExtra(connection, Integer.MAX_VALUE) : List.of(), drift,
                    w.last().map(SyncRecords.LastSync::syncedAt).orElse(null)));
        }
        plans.sort(Comparator.comparing(TablePlan::table));
        return plans;
    }

    private static void checkNotNull(TableSpec spec, List<DeclaredRow> rows) {
        List<TableColumn> columns = spec.columns();
        for (DeclaredRow row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                if (row.values().get(i) == null && columns.get(i).notNull()) {
                    throw new ReferenceDataException(ReferenceErrorCode.REFERENCE_FILE_INVALID, row.where()
                            + ": column " + columns.get(i).name() + " of " + spec.name() + " must not be NULL ("
                            + spec.declaration().manifest().nullMarker() + "); write a value");
                }
            }
        }
    }
}
