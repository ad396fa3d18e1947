package io.facadeswitch.cli;

import io.facadeswitch.drift.DriftItem;
import io.facadeswitch.drift.DriftReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The drift report for a terminal: by layer and scope, each difference with its author and statement. */
final class DriftText {

    /** Statements and definitions are cut to this many characters on a terminal; --json has them whole. */
    private static final int SHOWN = 200;

    private DriftText() {
    }

    static void print(PrintWriter out, DriftReport report) {
        out.println(report.drifted()
                ? "drift: " + report.objects() + " object(s) differ from the record and nobody decided about them ("
                    + report.byLayer().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")) + ")"
                : "no drift: every layer matches its record" + (report.differences().isEmpty() ? ""
                    : " or was decided about (" + report.differences().size() + " adopted or discarded)"));
        out.println("capture: " + report.capture());
        report.notes().forEach(note -> out.println("note: " + note));
        Map<String, List<DriftItem>> byScope = new LinkedHashMap<>();
        for (DriftItem item : report.differences()) {
            byScope.computeIfAbsent(heading(item), k -> new ArrayList<>()).add(item);
        }
        byScope.forEach((scope, items) -> {
            out.println();
            out.println(scope + ":");
            for (DriftItem item : items) {
                out.println("  " + item.objectKind() + " " + item.identity() + " " + item.change()
                        + (item.resolution() == null ? "" : " [" + item.resolution() + "]"));
                if (item.capture() != null) {
                    out.println("    by " + item.capture().author() + ": " + shown(item.capture().statement()));
                }
                if (item.recorded() != null) {
                    out.println("    recorded: " + shown(item.recorded()));
                }
                if (item.current() != null) {
                    out.println("    now:      " + shown(item.current()));
                }
                if (item.resolution() == null) {
                    out.println("    -> " + item.advice());
                }
            }
        });
        out.flush();
    }

    private static String heading(DriftItem item) {
        return switch (item.layer()) {
            case "core" -> "core schema " + item.scope();
            case "reference" -> "reference table " + item.scope();
            default -> "colour " + item.scope();
        };
    }

    private static String shown(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "...";
    }
}
