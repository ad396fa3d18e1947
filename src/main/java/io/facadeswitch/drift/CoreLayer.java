package io.facadeswitch.drift;

import io.facadeswitch.core.CatalogChange;
import io.facadeswitch.core.CatalogEntry;
import io.facadeswitch.core.CoreCatalog;
import io.facadeswitch.core.CoreSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The core schema compared with the record the last migration kept. */
final class CoreLayer {

    private CoreLayer() {
    }

    /** The differences, or empty when no migration has recorded the core yet. */
    static Optional<List<DriftItem>> compare(Connection connection, String coreSchema, List<String> toolRoles)
            throws SQLException {
        Optional<Map<String, CatalogEntry>> recorded = CoreSnapshot.load(connection);
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        Map<String, CatalogEntry> current = CoreCatalog.read(connection, coreSchema, toolRoles);
        return Optional.of(CatalogChange.between(recorded.get(), current).stream()
                .map(change -> item(coreSchema, change)).toList());
    }

    private static DriftItem item(String coreSchema, CatalogChange change) {
        CatalogEntry entry = change.either();
        return new DriftItem(DriftLayer.CORE.label(), coreSchema, change.change(), entry.kind(), entry.identity(),
                change.recorded() == null ? null : change.recorded().definition(),
                change.current() == null ? null : change.current().definition(), CatalogEntry.state(change.current()),
                null, null, "changed by hand since the last migrate-core: 'drift adopt' writes it into core-schema/ as"
                    + " a changeset recorded as applied here (every other environment gets it from source);"
                    + " 'drift discard --reason ...' accepts it here as it is, without source");
    }
}
