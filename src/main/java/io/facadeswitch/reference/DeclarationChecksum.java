package io.facadeswitch.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The identity of what is declared for one table: its files as bytes, the overlay chosen, and the
 * table's shape (columns, types, key), which can change under an unchanged file. Computed from the
 * bytes, before the CSV is parsed: an unchanged table is never parsed at all. Equal to the last
 * synchronization's, with nothing logged since, the table needs no work at all.
 */
final class DeclarationChecksum {

    private DeclarationChecksum() {
    }

    static String of(ReferenceDeclarations.TableFiles files, ReferenceTable table, String overlay) {
        MessageDigest digest = sha256();
        text(digest, "facade-switch reference data 1");
        for (TableColumn column : table.columns()) {
            text(digest, column.name() + " " + column.type() + (column.generated() ? " generated" : "")
                    + (column.identityAlways() ? " identity" : "") + (column.notNull() ? " not null" : ""));
        }
        List<String> key = files.manifest().key().isEmpty() ? table.primaryKey() : files.manifest().key();
        key.forEach(k -> text(digest, "key " + k));
        file(digest, files.csv());
        file(digest, files.manifestFile());
        Path overlayFile = overlay == null ? null : files.manifest().overlays().get(overlay);
        if (overlayFile != null) {
            text(digest, "overlay " + overlay);
            file(digest, files.csv().resolveSibling(overlayFile.toString()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void text(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /**
     * A file by its length and two CRCs (CRC-32C and CRC-32: different polynomials, 64 bits between
     * them), not by SHA-256 of its bytes: this only tells a changed file from an unchanged one, the
     * bundle's SHA-256 manifest is what proves a release, and SHA-256 of a 100,000-row file in a
     * JVM that has just started takes longer than the whole check may.
     */
    private static void file(MessageDigest digest, Path file) {
        try {
            if (Files.isRegularFile(file)) {
                byte[] bytes = Files.readAllBytes(file);
                CRC32C castagnoli = new CRC32C();
                castagnoli.update(bytes);
                CRC32 ieee = new CRC32();
                ieee.update(bytes);
                text(digest, "file " + file.getFileName() + " " + bytes.length + " " + castagnoli.getValue() + " "
                        + ieee.getValue());
            }
        } catch (IOException e) {
            throw new ReferenceDataException(ReferenceErrorCode.REFERENCE_FILE_INVALID, file.getFileName()
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
