package io.facadeswitch.reference;

import io.facadeswitch.FacadeSwitchSettings;
import io.facadeswitch.db.SqlErrors;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@code reference-data pull}: a table's live rows as its CSV, in key order, so that a correction
 * made in an environment can become the official source. The declared header and NULL marker are
 * kept; without a declaration, every column the database does not compute is written. Rows of the
 * environment's overlay stay in the overlay: those only it declares are left out, and a row it
 * replaces is written as the CSV declares it.
 */
@Singleton
public final class ReferencePull {

    private final FacadeSwitchSettings settings;
    private final ReferenceOverlay overlay;
    private final DataSource dataSource;

    ReferencePull(FacadeSwitchSettings settings, ReferenceOverlay overlay, DataSource dataSource) {
        this.settings = settings;
        this.overlay = overlay;
        // Unwrapped: a read of its own, outside any Micronaut-managed transaction.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** What a pull read: the CSV text and how many rows it holds. */
    public record Pulled(String table, String csv, int rows, int overlayRowsLeftOut) {
    }

    /** Reads the table in one read-only snapshot; changes nothing. */
    public Pulled pull(Path coreFolder, String tableName) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return pull(connection, coreFolder, tableName);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new ReferenceDataException(ReferenceErrorCode.REFERENCE_SYNC_FAILED, "could not read " + tableName
                    + ": " + SqlErrors.describe(e), e);
        }
    }

    private Pulled pull(Connection connection, Path coreFolder, String tableName) throws SQLException {
        Path folder = coreFolder.resolve(ReferenceSynchronizer.FOLDER);
        ReferenceTable table = ReferenceTable.read(connection, settings.coreSchema(), tableName).orElseThrow(() ->
                new ReferenceDataException(ReferenceErrorCode.REFERENCE_FILE_INVALID, "the core schema "
                        + settings.coreSchema() + " has no table " + tableName + "; name a table of it with --table"));
        Optional<TableDeclaration> declared = Files.isDirectory(folder) ? ReferenceDeclarations.read(folder,
                overlay.name().orElse(null)).stream().filter(d -> d.table().equals(tableName)).findFirst()
                : Optional.empty();
        TableDeclaration declaration = declared.orElseGet(() -> undeclared(folder, table));
        TableSpec spec = TableSpec.of(declaration, table);
        // Each key the overlay declares here, with the CSV's own row of it, or null when only the overlay has it.
        Map<List<String>, List<String>> overlaid = new HashMap<>();
        declaration.overlayRows().forEach(row -> overlaid.put(spec.keyOf(row.values()), null));
        for (DeclaredRow row : declaration.rows()) {
            List<String> key = spec.keyOf(row.values());
            if (overlaid.containsKey(key)) {
                overlaid.put(key, row.values());
            }
        }
        CsvWriter csv = new CsvWriter(declaration.manifest().nullMarker()).row(declaration.columns());
        String sql = "SELECT " + TableSpec.texts(spec.columns(), "x") + " FROM " + table.qualified() + " x ORDER BY "
                + spec.keyList("x.");
        int rows = 0;
        int leftOut = 0;
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                List<String> values = new ArrayList<>(spec.columns().size());
                for (int i = 1; i <= spec.columns().size(); i++) {
                    values.add(row.getString(i));
                }
                List<String> key = spec.keyOf(values);
                if (overlaid.containsKey(key)) {
                    // A row the overlay replaces here keeps the CSV's own version: the overlay's is not official.
                    values = overlaid.get(key);
                    if (values == null) {
                        leftOut++;
                        continue;
                    }
                }
                csv.row(values);
                rows++;
            }
        }
        return new Pulled(tableName, csv.text(), rows, leftOut);
    }

    /** A table with no CSV yet: every column the database does not compute, the primary key, the defaults. */
    private static TableDeclaration undeclared(Path folder, ReferenceTable table) {
        List<String> columns = table.columns().stream().filter(c -> !c.generated() && !c.identityAlways())
                .map(TableColumn::name).toList();
        return new TableDeclaration(table.name(), folder.resolve(table.name() + ".csv"), ReferenceManifest.DEFAULTS,
                columns, List.of(), List.of());
    }
}
