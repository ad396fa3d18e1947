package io.facadeswitch.environment;

import io.facadeswitch.Durations;
import io.facadeswitch.EditDistance;
import io.facadeswitch.OperatorText;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one step's gate of one environment: approvals, windows and freezes, each checked where it is written. */
final class GateReader {

    /** Who may approve: an API token's name or an {@code --actor}, so e-mail addresses too. */
    static final Pattern PERSON = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}");

    private static final List<String> GATE_KEYS = List.of("approvals", "approvers", "approval-expiry", "windows", "freezes",
            "emergency", "rehearsal");
    private static final List<String> FREEZE_KEYS = List.of("from", "to", "zone", "reason", "emergency");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String FREEZE_EXAMPLE = "{from: \"2026-12-20 00:00\", to: \"2027-01-04 00:00\", zone: Europe/Berlin,"
            + " reason: year end}";

    private final Map<String, List<String>> groups;

    GateReader(Map<String, List<String>> groups) {
        this.groups = groups;
    }

    Gate read(YamlMap gates, Node node, String environment, Step step) {
        YamlMap gate = YamlMap.of(gates.file(), node, "the " + step.key() + " gate of environment '" + environment + "'",
                GATE_KEYS);
        List<String> approvers = approvers(gate);
        int approvals = approvals(gate, approvers);
        Duration expiry = gate.scalar("approval-expiry").map(value -> expiry(gate, value)).orElse(Gate.DEFAULT_APPROVAL_EXPIRY);
        List<TimeWindow> windows = new ArrayList<>();
        for (ScalarNode window : gate.scalars("windows")) {
            try {
                windows.add(TimeWindow.parse(window.getValue()));
            } catch (IllegalArgumentException e) {
                throw gate.invalid(window, e.getMessage());
            }
        }
        List<Freeze> freezes = gate.items("freezes").stream().map(item -> freeze(gate, item)).toList();
        boolean emergency = gate.bool("emergency").orElse(false);
        Duration rehearsal = gate.scalar("rehearsal").map(value -> rehearsalAge(gate, value)).orElse(null);
        return new Gate(approvals, approvers, expiry, windows, freezes, emergency, rehearsal);
    }

    private List<String> approvers(YamlMap gate) {
        List<String> approvers = new ArrayList<>();
        for (ScalarNode item : gate.scalars("approvers")) {
            String name = item.getValue().strip();
            if (name.startsWith(Environments.GROUP_PREFIX)) {
                String group = name.substring(Environments.GROUP_PREFIX.length());
                if (!groups.containsKey(group)) {
                    String near = EditDistance.nearest(group, groups.keySet()).map(g -> " (did you mean " + g + "?)").orElse("");
                    throw gate.invalid(item, "unknown group '" + OperatorText.shown(group) + "' in " + gate.what() + near + "; "
                            + (groups.isEmpty() ? "the file defines no groups: add them under 'groups:'"
                            : "the groups are: " + String.join(", ", groups.keySet())));
                }
            } else if (!groups.containsKey(name) && !PERSON.matcher(name).matches()) {
                throw gate.invalid(item, "'" + OperatorText.shown(name) + "' in " + gate.what() + " is neither a group nor a"
                        + " person's name: names are letters, digits and . _ @ + - (at most 64), as the API token or --actor gives them");
            }
            approvers.add(name);
        }
        return approvers;
    }

    /** Naming approvers without a count means one of them must approve. */
    private int approvals(YamlMap gate, List<String> approvers) {
        int approvals = gate.wholeNumber("approvals").orElse(approvers.isEmpty() ? 0 : 1);
        Set<String> people = new LinkedHashSet<>();
        for (String approver : approvers) {
            String group = approver.startsWith(Environments.GROUP_PREFIX) ? approver.substring(Environments.GROUP_PREFIX.length())
                    : approver;
            people.addAll(groups.getOrDefault(group, List.of(approver)));
        }
        if (!approvers.isEmpty() && approvals > people.size()) {
            Node at = gate.value("approvals").orElseThrow();
            throw gate.invalid(at, gate.what() + " needs " + approvals + " approvals but only " + people.size()
                    + " people may approve (" + String.join(", ", people) + "): lower 'approvals' or add approvers");
        }
        return approvals;
    }

    private static Duration expiry(YamlMap gate, ScalarNode value) {
        try {
            Duration expiry = Durations.parse(value.getValue());
            if (expiry.isZero()) {
                throw new IllegalArgumentException("an approval that expires at once can never be used: give e.g. 24h");
            }
            return expiry;
        } catch (IllegalArgumentException e) {
            throw gate.invalid(value, "approval-expiry in " + gate.what() + ": " + e.getMessage());
        }
    }

    /** {@code rehearsal: 24h}: a passing rehearsal of the checksum, at most that old. */
    private static Duration rehearsalAge(YamlMap gate, ScalarNode value) {
        try {
            Duration age = Durations.parse(value.getValue());
            if (age.isZero()) {
                throw new IllegalArgumentException("no rehearsal is ever young enough for 0: give how old it may be, e.g. 24h");
            }
            return age;
        } catch (IllegalArgumentException e) {
            throw gate.invalid(value, "rehearsal in " + gate.what() + " (how young a passing rehearsal must be): "
                    + e.getMessage());
        }
    }

    private static Freeze freeze(YamlMap gate, Node node) {
        YamlMap freeze = YamlMap.of(gate.file(), node, "a freeze of " + gate.what(), FREEZE_KEYS);
        ScalarNode zoneNode = freeze.scalar("zone").orElse(null);
        ZoneId zone = ZoneOffset.UTC;
        if (zoneNode != null) {
            try {
                zone = ZoneId.of(zoneNode.getValue());
            } catch (DateTimeException e) {
                throw freeze.invalid(zoneNode, "unknown time zone '" + OperatorText.shown(zoneNode.getValue())
                        + "': use an IANA zone such as Europe/Berlin, America/New_York or UTC");
            }
        }
        ScalarNode fromNode = freeze.required("from", FREEZE_EXAMPLE);
        ScalarNode toNode = freeze.required("to", FREEZE_EXAMPLE);
        LocalDateTime from = dateTime(freeze, fromNode);
        LocalDateTime to = dateTime(freeze, toNode);
        Instant start = from.atZone(zone).toInstant();
        Instant end = to.atZone(zone).toInstant();
        String text = MINUTES.format(from) + " to " + MINUTES.format(to) + " " + zone.getId();
        if (!start.isBefore(end)) {
            throw freeze.invalid(toNode, "the freeze " + text + " ends before it starts, or when it does: give a 'to' after its"
                    + " 'from'");
        }
        String reason;
        try {
            reason = freeze.text("reason").map(r -> OperatorText.reason("reason", r)).orElse(null);
        } catch (OperatorText.InvalidInput e) {
            throw freeze.invalid(freeze.value("reason").orElseThrow(), e.getMessage());
        }
        return new Freeze(start, end, reason, freeze.bool("emergency").orElse(true), text);
    }

    private static LocalDateTime dateTime(YamlMap freeze, ScalarNode value) {
        String text = value.getValue().strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay();
            }
            return LocalDateTime.parse(text.replace('T', ' '), MINUTES);
        } catch (DateTimeParseException e) {
            throw freeze.invalid(value, "'" + OperatorText.shown(text) + "' is not a date and time: write \"YYYY-MM-DD HH:MM\""
                    + " (or just YYYY-MM-DD for midnight), in the freeze's zone, e.g. " + FREEZE_EXAMPLE);
        }
    }
}
