package io.facadeswitch.drift;

import io.facadeswitch.reference.ReferenceDrift;
import io.facadeswitch.reference.ReferenceDriftLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reference tables whose rows were changed here since their last synchronization, as their
 * triggers logged it: one difference per table, however many rows a bulk update changed, bound
 * to the last change, so a further change is drift again.
 */
final class ReferenceLayer {

    /** Changes a report shows per table; the log has them all. */
    private static final int SHOWN = 5;

    private ReferenceLayer() {
    }

    static List<DriftItem> compare(Connection connection) throws SQLException {
        return ReferenceDriftLog.unsettled(connection, SHOWN).stream().map(ReferenceLayer::item).toList();
    }

    private static DriftItem item(ReferenceDriftLog.TableDrift drift) {
        ReferenceDrift last = drift.newest().get(0);
        CapturedStatement who = new CapturedStatement(last.id(), last.changedAt(), last.changedBy(), last.changedBy(),
                last.applicationName(), last.clientAddr(), last.operation(), last.toString());
        String shown = drift.newest().stream().map(ReferenceDrift::toString).collect(Collectors.joining("; "))
                + (drift.changes() > SHOWN ? "; and " + (drift.changes() - SHOWN) + " earlier" : "");
        return new DriftItem(DriftLayer.REFERENCE.label(), drift.table(), DriftKind.CHANGED.label(), "rows",
                drift.table(), "the declared rows, as last synchronized",
                drift.changes() + " change(s) since, newest first: " + shown, "through:" + drift.lastId(), who, null,
                "'drift adopt' writes the table's live rows into its reference-data file (as 'reference-data pull');"
                    + " 'drift discard --reason ...' leaves the next migrate-core to put the declared rows back");
    }
}
