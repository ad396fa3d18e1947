package io.facadeswitch.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of what is declared for one table: its files as bytes, the overlay chosen, and the
 * table's shape (columns, types, key), which can change under an unchanged file. Equal to the last
 * synchronization's, with nothing logged since, the table needs no work at all.
 */
final class DeclarationChecksum {

    private DeclarationChecksum() {
    }

    static String of(TableSpec spec, String overlay) {
        MessageDigest digest = sha256();
        TableDeclaration declaration = spec.declaration();
        text(digest, "facade-switch reference data 1");
        for (TableColumn column : spec.table().columns()) {
            text(digest, column.name() + " " + column.type() + (column.generated() ? " generated" : "")
                    + (column.identityAlways() ? " identity" : ""));
        }
        spec.key().forEach(k -> text(digest, "key " + k.name()));
        file(digest, declaration.csv());
        file(digest, declaration.csv().resolveSibling(declaration.table() + ".yaml"));
        Path overlayFile = overlay == null ? null : declaration.manifest().overlays().get(overlay);
        if (overlayFile != null) {
            text(digest, "overlay " + overlay);
            file(digest, declaration.csv().resolveSibling(overlayFile.toString()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void text(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static void file(MessageDigest digest, Path file) {
        try {
            if (Files.isRegularFile(file)) {
                text(digest, "file " + file.getFileName());
                byte[] bytes = Files.readAllBytes(file);
                text(digest, Integer.toString(bytes.length));
                digest.update(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
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
