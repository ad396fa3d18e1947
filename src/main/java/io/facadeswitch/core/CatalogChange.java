package io.facadeswitch.core;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One object that differs between two readings of the catalog.
 *
 * @param change   added, changed or removed
 * @param recorded the object as it was ({@code null} when added)
 * @param current  the object as it is ({@code null} when removed)
 */
public record CatalogChange(String change, @Nullable CatalogEntry recorded, @Nullable CatalogEntry current) {

    public CatalogEntry either() {
        return current != null ? current : recorded;
    }

    public String key() {
        return either().key();
    }

    /** "index orders_created_idx added", for messages. */
    public String describe() {
        return either().kind() + " " + either().identity() + " " + change;
    }

    /** What differs from {@code before} to {@code after}, by key. */
    public static List<CatalogChange> between(Map<String, CatalogEntry> before, Map<String, CatalogEntry> after) {
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<CatalogChange> changes = new ArrayList<>();
        for (String key : keys) {
            CatalogEntry was = before.get(key);
            CatalogEntry now = after.get(key);
            if (was == null) {
                changes.add(new CatalogChange("added", null, now));
            } else if (now == null) {
                changes.add(new CatalogChange("removed", was, null));
            } else if (!was.definition().equals(now.definition())) {
                changes.add(new CatalogChange("changed", was, now));
            }
        }
        return changes;
    }
}
