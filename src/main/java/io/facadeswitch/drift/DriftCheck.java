package io.facadeswitch.drift;

import io.facadeswitch.FacadeSwitchSettings;
import io.facadeswitch.control.ControlSchema;
import io.facadeswitch.control.DriftFlag;
import io.facadeswitch.core.CatalogEntry;
import io.facadeswitch.db.DatabaseErrorCode;
import io.facadeswitch.db.DatabaseException;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.db.SqlWork;
import io.facadeswitch.facade.ColourOwners;
import io.facadeswitch.routing.Colour;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares each layer with its record: the core with the snapshot of the last migration, each
 * colour with its release's inventory and privileges, reference tables with their declared rows.
 * Each difference gets the captured statement that made it, where the capture saw it, and its
 * decision, where someone adopted or discarded it.
 */
@Singleton
public final class DriftCheck {

    private final FacadeSwitchSettings settings;
    private final TransactionOperations<Connection> transactions;

    DriftCheck(FacadeSwitchSettings settings, TransactionOperations<Connection> transactions) {
        this.settings = settings;
        this.transactions = transactions;
    }

    /** What the last check found, read, not checked again; {@code null} when none has run. */
    public @Nullable DriftFlag flag() {
        return read("read the last drift check", connection -> DriftFlag.read(connection).orElse(null));
    }

    /** Deletes captured statements older than {@code retention}; returns how many. */
    int prune(Duration retention) {
        return write("delete old captured DDL", connection -> Captures.prune(connection, retention));
    }

    /** Creates the capture's event triggers where this role may and it is safe (see {@link Captures#install}). */
    public void installCapture() {
        write("install the drift capture", connection -> {
            Captures.install(connection);
            return null;
        });
    }

    /** "on", or "off: why": whether the event triggers record who changes what. */
    public String captureState() {
        return read("read the drift capture's state", Captures::state);
    }

    /** Every layer, checked in one transaction; the summary is kept for status and envs. */
    public DriftReport check() {
        long started = System.nanoTime();
        return write("check for drift", connection -> {
            Captures.install(connection);
            DriftReport report = check(connection, started);
            remember(connection, report);
            return report;
        });
    }

    DriftReport check(Connection connection, long started) throws SQLException {
        List<String> notes = new ArrayList<>();
        String capture = Captures.state(connection);
        Captures captures = Captures.load(connection, List.of(settings.coreSchema(), Colour.BLUE.schema(),
                Colour.GREEN.schema()));
        DriftResolutions resolutions = DriftResolutions.load(connection);
        List<DriftItem> items = new ArrayList<>();
        Optional<List<DriftItem>> core = CoreLayer.compare(connection, settings.coreSchema(), toolRoles());
        if (core.isEmpty()) {
            notes.add("the core has no record yet: the next migrate-core keeps one, and core drift is checked from then");
        }
        for (DriftItem item : core.orElse(List.of())) {
            items.add(decided(resolutions, 0, withCapture(captures, settings.coreSchema(), item)));
        }
        for (ColourLayer.Deployed deployed : deployed(connection).values()) {
            for (DriftItem item : ColourLayer.compare(connection, deployed, settings.coreSchema())) {
                items.add(decided(resolutions, deployed.releaseId(),
                        withCapture(captures, deployed.colour().schema(), item)));
            }
        }
        for (DriftItem item : ReferenceLayer.compare(connection)) {
            items.add(decided(resolutions, 0, item));
        }
        String now;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_catalog.now()::pg_catalog.text")) {
            row.next();
            now = row.getString(1);
        }
        return DriftReport.of(now, capture, notes, items, (System.nanoTime() - started) / 1_000_000);
    }

    /** The undecided differences of one colour's release, in the caller's transaction; none for an empty colour. */
    private List<DriftItem> undecidedIn(Connection connection, Colour colour) throws SQLException {
        ColourLayer.Deployed deployed = deployed(connection).get(colour);
        if (deployed == null) {
            return List.of();
        }
        DriftResolutions resolutions = DriftResolutions.load(connection);
        List<DriftItem> open = ColourLayer.compare(connection, deployed, settings.coreSchema()).stream()
                .map(item -> decided(resolutions, deployed.releaseId(), item)).filter(DriftItem::unresolved).toList();
        if (open.isEmpty()) {
            return open; // the common case, on every flip: no need to read who changed what
        }
        Captures captures = Captures.load(connection, List.of(colour.schema()));
        return open.stream().map(item -> withCapture(captures, colour.schema(), item)).toList();
    }

    /** The colours that hold a release. */
    static Map<Colour, ColourLayer.Deployed> deployed(Connection connection) throws SQLException {
        Map<Colour, ColourLayer.Deployed> deployed = new EnumMap<>(Colour.class);
        try (PreparedStatement query = connection.prepareStatement("SELECT c.colour, r.id, r.name FROM "
                + ControlSchema.SCHEMA + ".colours c JOIN " + ControlSchema.SCHEMA + ".releases r ON r.id = c.release_id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Colour colour = Colour.of(rows.getString(1));
                deployed.put(colour, new ColourLayer.Deployed(colour, rows.getLong(2), rows.getString(3)));
            }
        }
        return deployed;
    }

    /** The undecided differences of one colour, in the caller's transaction (the flip's, under the switch lock). */
    List<DriftItem> colour(Colour colour) {
        return read("check " + colour + " for drift", connection -> undecidedIn(connection, colour));
    }

    private <T> T read(String what, SqlWork<T> work) {
        return transactions.executeRead(status -> run(what, work, status.getConnection()));
    }

    private <T> T write(String what, SqlWork<T> work) {
        return transactions.executeWrite(status -> run(what, work, status.getConnection()));
    }

    private static <T> T run(String what, SqlWork<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseErrorCode.QUERY_FAILED, "could not " + what + ": " + SqlErrors.describe(e),
                    e);
        }
    }

    List<String> toolRoles() {
        return ColourOwners.of(settings.ownerRole());
    }

    private static DriftItem decided(DriftResolutions resolutions, long releaseId, DriftItem item) {
        return resolutions.of(item, releaseId).map(item::resolved).orElse(item);
    }

    /**
     * The newest captured command about the item's object: by its name, or by the table it is
     * part of (a column, an index, a grant on the table).
     */
    private static DriftItem withCapture(Captures captures, String schema, DriftItem item) {
        String kind = item.objectKind();
        boolean privileges = kind.equals("privileges") || kind.equals("grant");
        // A colour's "privileges view orders" names its object as a core "owner table orders" does.
        CatalogEntry entry = new CatalogEntry(kind.equals("privileges") ? "owner" : kind, item.identity(),
                item.current() != null ? item.current() : item.recorded() == null ? "" : item.recorded());
        String table = withoutArguments(entry.table());
        String name = privileges || kind.equals("owner") ? table : withoutArguments(item.identity());
        return item.withCapture(captures.about(schema, name, table, privileges).orElse(null));
    }

    private static String withoutArguments(String name) {
        int arguments = name.indexOf('(');
        return arguments > 0 ? name.substring(0, arguments) : name;
    }

    private static void remember(Connection connection, DriftReport report) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + ControlSchema.SCHEMA
                + ".drift_checks AS d (id, captured_through, objects, by_layer) VALUES (1, ?, ?, ?::jsonb)"
                + " ON CONFLICT (id) DO UPDATE SET checked_at = now(), captured_through = excluded.captured_through,"
                + " objects = excluded.objects, by_layer = excluded.by_layer")) {
            upsert.setLong(1, Captures.through(connection));
            upsert.setInt(2, report.objects());
            StringBuilder json = new StringBuilder("{");
            report.byLayer().forEach((layer, count) -> json.append(json.length() > 1 ? ", " : "").append('"')
                    .append(layer).append("\": ").append(count));
            upsert.setString(3, json.append('}').toString());
            upsert.executeUpdate();
        }
    }
}
