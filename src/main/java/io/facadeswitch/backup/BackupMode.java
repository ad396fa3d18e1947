package io.facadeswitch.backup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether {@code migrate-core} may go on when it could not back up what its changesets touch. */
public enum BackupMode {
    /** No backup, no migration: a failed backup refuses the migration and applies nothing. */
    REQUIRED,
    /** A failed backup is a warning, and the migration goes on. */
    OPTIONAL,
    /** No backup is taken. */
    OFF;

    /** The word {@code facade-switch.yaml} and FACADE_BACKUP_MODE use: {@code required}, {@code optional}, {@code off}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BackupMode> ofWord(String word) {
        return Arrays.stream(values()).filter(mode -> mode.word().equals(word)).findFirst();
    }
}
