package io.facadeswitch.drift;

import io.facadeswitch.reference.ReferenceDrift;
import io.facadeswitch.reference.ReferenceDriftLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Rows of reference tables changed here since their last synchronization, as their triggers logged them. */
final class ReferenceLayer {

    private ReferenceLayer() {
    }

    static List<DriftItem> compare(Connection connection) throws SQLException {
        return ReferenceDriftLog.unsettled(connection).stream().map(ReferenceLayer::item).toList();
    }

    private static DriftItem item(ReferenceDrift drift) {
        DriftKind change = switch (drift.operation()) {
            case "INSERT" -> DriftKind.ADDED;
            case "UPDATE" -> DriftKind.CHANGED;
            default -> DriftKind.REMOVED;
        };
        CapturedStatement who = new CapturedStatement(drift.id(), drift.changedAt(), drift.changedBy(), drift.changedBy(),
                drift.applicationName(), drift.clientAddr(), drift.operation(), drift.toString());
        return new DriftItem(DriftLayer.REFERENCE.label(), drift.table(), change.label(), "row", "change " + drift.id(),
                drift.before(), drift.after(), "change:" + drift.id(), who, null,
                "'drift adopt' writes the table's live rows into its reference-data file (as 'reference-data pull');"
                    + " 'drift discard --reason ...' leaves the next migrate-core to put the declared rows back");
    }
}
