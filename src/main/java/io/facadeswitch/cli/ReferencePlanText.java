package io.facadeswitch.cli;

import io.facadeswitch.reference.ReferenceDrift;
import io.facadeswitch.reference.RowUpdate;
import io.facadeswitch.reference.TablePlan;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The reference-data part of {@code plan} on a terminal: per table, the first few rows of each kind and the counts. */
final class ReferencePlanText {

    /** Rows shown per kind; {@code --json} has them all. */
    static final int SHOWN = 5;

    private ReferencePlanText() {
    }

    static void print(PrintWriter out, List<TablePlan> tables) {
        for (TablePlan table : tables) {
            String since = table.lastSynced() == null ? "never synchronized" : "last synchronized " + table.lastSynced();
            if (!table.changes()) {
                out.printf("reference data %s (%s, %s): up to date%n", table.table(), table.mode(), since);
            } else {
                out.printf("reference data %s (%s, %s): %d to insert, %d to update, %d to delete%n", table.table(),
                        table.mode(), since, table.inserts(), table.updates(), table.deletes());
            }
            rows(out, "+ ", table.inserted(), table.inserts(), ReferencePlanText::row);
            rows(out, "~ ", table.updated(), table.updates(), ReferencePlanText::update);
            rows(out, "- ", table.deleted(), table.deletes(), ReferencePlanText::row);
            if (!table.drift().isEmpty()) {
                out.printf("  drift: %d change(s) made here since the last synchronization (migrate-core overwrites"
                        + " them; reference-data pull keeps them):%n", table.drift().size());
                rows(out, "! ", table.drift(), table.drift().size(), ReferenceDrift::toString);
            }
        }
    }

    private static <T> void rows(PrintWriter out, String mark, List<T> rows, long count, Function<T, String> text) {
        rows.stream().limit(SHOWN).forEach(row -> out.println("    " + mark + text.apply(row)));
        if (count > SHOWN) {
            out.println("    ... and " + (count - SHOWN) + " more (plan --json lists them all)");
        }
    }

    private static String row(Map<String, String> values) {
        return values.toString();
    }

    private static String update(RowUpdate update) {
        StringBuilder text = new StringBuilder(update.key().values().toString());
        for (String column : update.changed()) {
            text.append(' ').append(column).append(": ").append(update.before().get(column)).append(" -> ")
                    .append(update.after().get(column));
        }
        return text.toString();
    }
}
