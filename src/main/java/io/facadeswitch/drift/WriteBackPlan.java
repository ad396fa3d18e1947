package io.facadeswitch.drift;

import io.facadeswitch.control.ControlSchema;
import io.facadeswitch.db.Sql;
import io.facadeswitch.facade.ColourRecord;
import io.facadeswitch.routing.Colour;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code drift capture} and {@code adopt} write, and what they cannot: facade objects with
 * their definitions printed from the catalog (the active colour's where both colours changed one),
 * core DDL in a changeset's order with who ran it as comments, reference tables to pull.
 *
 * @param written what goes into source; {@code leftOut} what stays undecided, {@code notes} why and where
 */
record WriteBackPlan(List<FacadeChange> facade, List<String> coreStatements, List<String> coreComments,
                     List<String> referenceTables, List<DriftItem> written, List<DriftItem> leftOut, List<String> notes) {

    /** How much of a captured statement a changeset's comment quotes. */
    private static final int COMMENTED = 200;

    /**
     * The plan for the undecided differences {@code open}, read on the caller's connection (under
     * the switch lock, so no deploy or migration changes the colours meanwhile).
     */
    static WriteBackPlan of(Connection connection, List<DriftItem> open, String coreSchema) throws SQLException {
        List<DriftItem> written = new ArrayList<>();
        List<DriftItem> leftOut = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<FacadeChange> facade = new ArrayList<>();
        Map<String, DriftItem> colourItems = colourItemsPreferringActive(connection, open);
        for (DriftItem item : colourItems.values()) {
            if (item.objectKind().equals("privileges")) {
                leftOut.add(item);
                notes.add("privileges of " + item.identity() + " in " + item.scope() + ": not source; the deployer grants"
                        + " a colour itself ('drift discard --reason ...')");
                continue;
            }
            DriftKind kind = DriftKind.of(item.change());
            Optional<String> definition = kind == DriftKind.REMOVED ? Optional.empty()
                    : ColourRecord.definition(connection, Colour.of(item.scope()).schema(), item.objectKind(),
                        item.identity());
            if (kind != DriftKind.REMOVED && definition.isEmpty()) {
                leftOut.add(item);
                notes.add(item.key() + " in " + item.scope() + ": cannot be printed back from the catalog; write it into"
                        + " facade-schema/ by hand");
                continue;
            }
            facade.add(new FacadeChange(item.objectKind(), item.identity(), kind, definition.orElse(null)));
            written.add(item);
        }
        CoreDdl ddl = new CoreDdl(coreSchema);
        List<DriftItem> core = open.stream().filter(i -> i.layer().equals(DriftLayer.CORE.label()))
                .sorted((a, b) -> Integer.compare(CoreDdl.order(a), CoreDdl.order(b))).toList();
        List<String> statements = new ArrayList<>(CoreDdl.prologue(core));
        List<String> comments = new ArrayList<>();
        for (DriftItem item : core) {
            Optional<List<String>> sql = ddl.statements(item, core);
            if (sql.isEmpty()) {
                leftOut.add(item);
                notes.add(item.key() + " " + item.change() + ": cannot be written as DDL from the catalog ("
                        + (item.capture() == null ? "no captured statement" : "captured: " + item.capture().statement())
                        + "); write the changeset by hand, or 'drift discard --reason ...'");
                continue;
            }
            statements.addAll(sql.get());
            comments.add(item.key() + " " + item.change() + (item.capture() == null ? ""
                    : " by " + item.capture().author() + ": " + firstPart(item.capture().statement())));
            written.add(item);
        }
        Set<String> tables = new TreeSet<>();
        for (DriftItem item : open) {
            if (item.layer().equals(DriftLayer.REFERENCE.label())) {
                tables.add(item.scope());
                written.add(item);
            }
        }
        if (statements.size() == CoreDdl.prologue(core).size()) {
            statements.clear(); // nothing but the prologue: no changeset
        }
        return new WriteBackPlan(facade, statements, comments, List.copyOf(tables), written, leftOut, notes);
    }

    /** One item per facade object: the active colour's where both colours changed it. */
    private static Map<String, DriftItem> colourItemsPreferringActive(Connection connection, List<DriftItem> open)
            throws SQLException {
        String active = Sql.column(connection, "SELECT coalesce(active, '') FROM "
                + ControlSchema.SCHEMA + ".routing").stream().findFirst().orElse("");
        Map<String, DriftItem> chosen = new LinkedHashMap<>();
        for (DriftItem item : open) {
            if (!item.layer().equals(DriftLayer.COLOUR.label())) {
                continue;
            }
            DriftItem other = chosen.get(item.key());
            if (other == null || item.scope().equals(active)) {
                chosen.put(item.key(), item);
            }
        }
        return chosen;
    }

    /** A captured statement in a changeset's comment: one line, its start only (the full text is in ddl_captures). */
    private static String firstPart(String statement) {
        String flat = statement.strip().replaceAll("\\s+", " ");
        return flat.length() <= COMMENTED ? flat : flat.substring(0, COMMENTED) + "...";
    }

}
