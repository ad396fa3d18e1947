package io.facadeswitch.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders reference tables so that a table comes after every reference table it points at: inserts
 * and updates run in this order, deletes in the reverse. Tables in a cycle keep their name order
 * after the rest (a deferrable constraint is then what lets the run through).
 */
final class ParentsFirst {

    private ParentsFirst() {
    }

    static List<TableSpec> order(List<TableSpec> tables, List<ForeignKey> keys) {
        Map<Long, TableSpec> byOid = new LinkedHashMap<>();
        tables.forEach(t -> byOid.put(t.table().oid(), t));
        Map<Long, Set<Long>> parents = new LinkedHashMap<>();
        for (TableSpec table : tables) {
            parents.put(table.table().oid(), new LinkedHashSet<>());
        }
        for (ForeignKey key : keys) {
            if (byOid.containsKey(key.childOid()) && key.childOid() != key.parentOid()) {
                parents.get(key.childOid()).add(key.parentOid());
            }
        }
        List<TableSpec> ordered = new ArrayList<>();
        Set<Long> placed = new LinkedHashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (TableSpec table : tables) {
                long oid = table.table().oid();
                if (!placed.contains(oid) && placed.containsAll(parents.get(oid))) {
                    ordered.add(table);
                    placed.add(oid);
                    progress = true;
                }
            }
        }
        tables.stream().filter(t -> !placed.contains(t.table().oid())).forEach(ordered::add);
        return ordered;
    }
}
