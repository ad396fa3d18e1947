package io.facadeswitch.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A foreign key that points at a reference table, from any table: another reference table (which
 * orders the synchronization) or the application's data (whose rows a delete must not orphan).
 *
 * @param child         the referencing table as SQL text (schema-qualified, quoted as needed)
 * @param childColumns  its columns, in the constraint's order
 * @param parentColumns the referenced columns, in the same order
 */
record ForeignKey(String name, String child, long childOid, List<String> childColumns, long parentOid,
                  List<String> parentColumns) {

    static List<ForeignKey> pointingAt(Connection connection, List<Long> parents) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT k.conname, pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname), k.conrelid, k.confrelid,
                       (SELECT pg_catalog.array_agg(a.attname::text ORDER BY u.ord)
                          FROM pg_catalog.unnest(k.conkey) WITH ORDINALITY u(n, ord)
                          JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n),
                       (SELECT pg_catalog.array_agg(a.attname::text ORDER BY u.ord)
                          FROM pg_catalog.unnest(k.confkey) WITH ORDINALITY u(n, ord)
                          JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n)
                  FROM pg_catalog.pg_constraint k
                  JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
                  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                 WHERE k.contype = 'f' AND k.confrelid = ANY (?) ORDER BY k.conname""")) {
            query.setArray(1, connection.createArrayOf("bigint", parents.toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    keys.add(new ForeignKey(row.getString(1), row.getString(2), row.getLong(3),
                            Arrays.asList((String[]) row.getArray(5).getArray()), row.getLong(4),
                            Arrays.asList((String[]) row.getArray(6).getArray())));
                }
            }
        }
        return keys;
    }

    /** {@code r."status" = x."code" AND ...}: a referencing row {@code r} of a referenced row {@code x}. */
    String joins(String childAlias, String parentAlias) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < childColumns.size(); i++) {
            terms.add(childAlias + "." + TableColumn.quote(childColumns.get(i)) + " = " + parentAlias + "."
                    + TableColumn.quote(parentColumns.get(i)));
        }
        return String.join(" AND ", terms);
    }
}
