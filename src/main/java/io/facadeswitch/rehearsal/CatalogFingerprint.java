package io.facadeswitch.rehearsal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A database's schema as one checksum over every object's definition, owner and privileges, and
 * the per-object hashes it is made of, so that two databases can be told equal, and where they
 * differ, in which objects.
 *
 * @param objects object name to the md5 of what it is
 */
record CatalogFingerprint(SortedMap<String, String> objects) {

    private static final String QUERY = load();

    static CatalogFingerprint read(Connection connection) throws SQLException {
        SortedMap<String, String> objects = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            // Definitions are printed relative to the search path: with none, every name comes qualified.
            statement.execute("SET search_path = pg_catalog");
            try (ResultSet rows = statement.executeQuery(QUERY)) {
                while (rows.next()) {
                    objects.put(rows.getString(1), rows.getString(2));
                }
            } finally {
                statement.execute("RESET search_path");
            }
        }
        return new CatalogFingerprint(objects);
    }

    /** SHA-256 over the sorted objects and their hashes, hex. */
    String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> object : objects.entrySet()) {
                digest.update((object.getKey() + "\t" + object.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What differs from {@code other}, e.g. {@code index core.orders_by_day: only here}, at most {@code limit} items. */
    List<String> differences(CatalogFingerprint other, int limit) {
        List<String> differences = new ArrayList<>();
        for (String name : new TreeSet<>(union(other))) {
            String mine = objects.get(name);
            String theirs = other.objects.get(name);
            if (Objects.equals(mine, theirs)) {
                continue;
            }
            if (differences.size() == limit) {
                differences.add("...");
                break;
            }
            differences.add(name + (theirs == null ? ": missing in the copy" : mine == null ? ": only in the copy"
                    : ": differs"));
        }
        return differences;
    }

    private TreeSet<String> union(CatalogFingerprint other) {
        TreeSet<String> names = new TreeSet<>(objects.keySet());
        names.addAll(other.objects.keySet());
        return names;
    }

    private static String load() {
        try (InputStream in = CatalogFingerprint.class.getResourceAsStream("catalog-fingerprint.sql")) {
            return new String(Objects.requireNonNull(in, "catalog-fingerprint.sql").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
