package io.facadeswitch.backup;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backups {@code migrate-core} takes of what its changesets touch, under {@code facade.backup.*}.
 *
 * @param folder       where backups are written, one folder each (FACADE_BACKUP_FOLDER); relative to the working
 *                     directory
 * @param maxTableSize the largest table that is copied, e.g. {@code 500MB} (FACADE_BACKUP_MAX_TABLE_SIZE); a larger
 *                     one is protected by the restore point only, with a warning
 * @param keep         how many backups of a database are kept at most: older ones are deleted (FACADE_BACKUP_KEEP)
 * @param maxAge       backups older than this are deleted too, whatever {@code keep} says (FACADE_BACKUP_MAX_AGE);
 *                     the newest backup is never deleted
 * @param mode         {@code required}, {@code optional} or {@code off} (FACADE_BACKUP_MODE); an environment's
 *                     {@code backup:} in facade-switch.yaml wins
 */
@ConfigurationProperties("facade.backup")
public record BackupSettings(@Bindable(defaultValue = "backups") @NotNull Path folder,
                             @Bindable(defaultValue = "100MB") @NotBlank String maxTableSize,
                             @Bindable(defaultValue = "10") @Min(1) int keep,
                             @Bindable(defaultValue = "30d") @NotNull Duration maxAge,
                             @Bindable(defaultValue = "required") @NotNull BackupMode mode) {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(B|kB|KB|MB|GB|TB)?");

    public BackupSettings {
        bytes(maxTableSize); // refused here, at start, rather than at the first migration
    }

    /** {@link #maxTableSize} in bytes. */
    public long maxTableBytes() {
        return bytes(maxTableSize);
    }

    /** A size as PostgreSQL writes it ({@code kB}, {@code MB}, {@code GB}, {@code TB}; 1024 each), or plain bytes. */
    static long bytes(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("facade.backup.max-table-size (FACADE_BACKUP_MAX_TABLE_SIZE) is \""
                    + text + "\", which is not a size: write e.g. 500MB, 2GB or 800kB");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        int shift = switch (unit) {
            case "KB" -> 10;
            case "MB" -> 20;
            case "GB" -> 30;
            case "TB" -> 40;
            default -> 0;
        };
        return n << shift;
    }

    /** A size in bytes as people read it: {@code 812 B}, {@code 3.4 MB}. */
    public static String shown(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
