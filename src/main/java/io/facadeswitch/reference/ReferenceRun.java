package io.facadeswitch.reference;

import java.util.List;

/**
 * What one pass over the reference data did (or, rehearsed, would do).
 *
 * @param plans the row changes and drift per table; listed only when asked for (by {@code plan})
 */
public record ReferenceRun(List<TableSync> tables, List<TablePlan> plans) {

    public static final ReferenceRun NONE = new ReferenceRun(List.of(), List.of());

    public boolean changedRows() {
        return tables.stream().anyMatch(TableSync::changed);
    }
}
