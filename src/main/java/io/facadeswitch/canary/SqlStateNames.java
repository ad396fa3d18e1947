package io.facadeswitch.canary;

import java.util.Map;

/** PostgreSQL's condition names for the SQLSTATEs that mark a broken facade, so that summaries read as words. */
final class SqlStateNames {

    private static final Map<String, String> NAMES = Map.of(
            "42P01", "undefined_table",
            "42703", "undefined_column",
            "42883", "undefined_function",
            "42501", "insufficient_privilege",
            "0A000", "feature_not_supported",
            "XX000", "internal_error",
            "XX001", "data_corrupted",
            "XX002", "index_corrupted");

    private SqlStateNames() {
    }

    /** {@code 42P01 (undefined_table)}, or the bare code for one configured beyond the defaults. */
    static String describe(String sqlState) {
        String name = NAMES.get(sqlState);
        return name == null ? sqlState : sqlState + " (" + name + ")";
    }
}
