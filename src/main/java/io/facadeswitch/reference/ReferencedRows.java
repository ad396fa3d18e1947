package io.facadeswitch.reference;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before anything is written, a delete of reference rows that other rows still point at:
 * the application's rows (whatever the key's ON DELETE says: a cascade would delete orders), or
 * rows another reference file still declares.
 */
final class ReferencedRows {

    private static final int SHOWN = 5;

    private ReferencedRows() {
    }

    /**
     * @param staged the staged rows of every reference table in this run, by table oid: a reference
     *               child's rows are checked as declared, not as they are now
     */
    static void check(Connection connection, StagedRows parentRows, List<ForeignKey> keys, Map<Long, StagedRows> staged)
            throws SQLException {
        TableSpec parent = parentRows.spec();
        List<String> problems = new ArrayList<>();
        for (ForeignKey key : keys) {
            if (key.parentOid() != parent.table().oid()) {
                continue;
            }
            TableSpec childSpec = staged.containsKey(key.childOid()) ? staged.get(key.childOid()).spec() : null;
            boolean declaredChild = childSpec != null && childSpec.mode().deletes()
                    && childSpec.declaration().columns().containsAll(key.childColumns());
            String children = declaredChild ? staged.get(key.childOid()).relation() : key.child();
            String sql = "SELECT " + TableSpec.texts(parent.key(), "x") + ", count(*) FROM " + parent.table().qualified() + " x JOIN "
                    + children + " r ON " + key.joins("r", "x") + " WHERE NOT EXISTS (SELECT 1 FROM "
                    + parentRows.relation() + " s WHERE " + parent.keyMatch("x", "s") + ") GROUP BY "
                    + parent.keyList("x.") + " ORDER BY " + parent.keyList("x.");
            List<String> shown = new ArrayList<>();
            long rows = 0;
            long keysHit = 0;
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                int width = parent.key().size();
                while (row.next()) {
                    keysHit++;
                    long count = row.getLong(width + 1);
                    rows += count;
                    if (shown.size() < SHOWN) {
                        List<String> values = new ArrayList<>();
                        for (int i = 1; i <= width; i++) {
                            values.add(row.getString(i));
                        }
                        shown.add("(" + String.join(", ", values) + "): " + count);
                    }
                }
            }
            if (rows > 0) {
                String who = declaredChild ? childSpec.declaration().csv().getFileName() + " (declared rows)"
                        : key.child();
                problems.add(rows + " row(s) of " + who + " reference " + keysHit + " key(s) of " + parent.name()
                        + " that would be deleted, through " + key.name() + ": " + String.join(", ", shown)
                        + (keysHit > SHOWN ? ", ..." : ""));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(ReferenceErrorCode.REFERENCE_DELETE_REFERENCED, "refused: "
                    + parent.declaration().csv().getFileName() + " no longer declares rows that are still referenced;"
                    + " nothing was applied.\n  " + String.join("\n  ", problems) + "\nKeep those rows declared until"
                    + " nothing references them: move the referencing rows to another key first (expand), and delete"
                    + " the old rows in a later release (contract).");
        }
    }
}
