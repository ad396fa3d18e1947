package io.facadeswitch.control;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The drift flag {@code status} and {@code envs} show: what the last check found, without checking
 * again, and whether DDL was captured since (then the flag may be out of date: run {@code drift}).
 *
 * @param drifted     whether the last check found undecided differences
 * @param objects     how many
 * @param byLayer     how many per layer
 * @param checkedAt   when the last check ran (by {@code drift}, {@code serve}'s watch, or a guard)
 * @param capturedSince DDL statements captured since that check
 */
@Serdeable
public record DriftFlag(boolean drifted, int objects, Map<String, Integer> byLayer, String checkedAt,
                        long capturedSince) {

    /** The flag from the control schema, or empty when no check has run there (or its schema predates drift). */
    public static Optional<DriftFlag> read(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT pg_catalog.to_regclass(?) IS NOT NULL")) {
            exists.setString(1, ControlSchema.SCHEMA + ".drift_checks");
            try (ResultSet row = exists.executeQuery()) {
                row.next();
                if (!row.getBoolean(1)) {
                    return Optional.empty();
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT objects, by_layer::text, checked_at::text,"
                + " (SELECT count(*) FROM " + ControlSchema.SCHEMA + ".ddl_captures c WHERE c.id > d.captured_through)"
                + " FROM " + ControlSchema.SCHEMA + ".drift_checks d");
             ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new DriftFlag(row.getInt(1) > 0, row.getInt(1), layers(row.getString(2)), row.getString(3),
                    row.getLong(4)));
        }
    }

    /** "2 object(s) (core 1, colour 1) at ..." for a terminal. */
    public String describe() {
        String found = drifted ? objects + " object(s) differ from the record (" + String.join(", ",
                byLayer.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue())
                        .toList()) + ")" : "none";
        return found + ", checked " + checkedAt + (capturedSince == 0 ? ""
                : "; " + capturedSince + " DDL statement(s) captured since: run 'drift'");
    }

    /** The by_layer column's flat JSON object of counts. */
    private static Map<String, Integer> layers(@Nullable String json) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (json == null) {
            return counts;
        }
        for (String pair : json.replaceAll("[{}\"\\s]", "").split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                counts.put(pair.substring(0, colon), Integer.parseInt(pair.substring(colon + 1)));
            }
        }
        return counts;
    }
}
