package io.facadeswitch.environment;

import io.facadeswitch.EditDistance;
import io.facadeswitch.OperatorText;
import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.db.DatabaseException;
import io.facadeswitch.db.Identifiers;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one item of {@code environments:}; the predecessors are resolved once all names are known. */
final class EnvironmentReader {

    /** An environment's (and a group's) name: safe in file names, URLs and SQL literals alike. */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    /** Written as the predecessor, it says the environment has none; so no environment may be called so. */
    static final String NONE = "none";

    private static final List<String> KEYS = List.of("name", "db-url", "db-user", "db-password", "app-roles", "predecessor",
            "gates", "backup");

    /** The words of {@code io.facadeswitch.backup.BackupMode}, which reads the key. */
    private static final List<String> BACKUP_MODES = List.of("required", "optional", "off");

    private final YamlMap top;
    private final GateReader gates;

    EnvironmentReader(YamlMap top, GateReader gates) {
        this.top = top;
        this.gates = gates;
    }

    Read read(Node item, List<Read> earlier) {
        // The name first, so that every other error can say which environment it is about.
        String what = YamlMap.peek(item, "name").filter(n -> NAME.matcher(n).matches()).map(n -> "environment '" + n + "'")
                .orElse("an environment");
        YamlMap map = YamlMap.of(top.file(), item, what, KEYS);
        ScalarNode nameNode = map.required("name", "name: staging");
        String name = nameNode.getValue();
        if (!NAME.matcher(name).matches() || name.equals(NONE)) {
            throw map.invalid(nameNode, "'" + OperatorText.shown(name) + "' is not an environment name: use lower-case letters,"
                    + " digits, - and _, starting with a letter (at most 40)" + (name.equals(NONE) ? ", and not 'none'" : ""));
        }
        for (Read before : earlier) {
            if (before.environment().name().equals(name)) {
                throw map.invalid(nameNode, "the environment '" + name + "' is listed twice (first at line "
                        + before.environment().line() + "): give each environment its own name");
            }
        }
        String url = url(map, map.required("db-url", "db-url: jdbc:postgresql://" + name + "-db:5432/app"));
        String user = map.scalar("db-user").map(value -> references(map, value)).orElse(null);
        String password = map.scalar("db-password").map(value -> password(map, name, value)).orElse(null);
        List<String> roles = new ArrayList<>();
        for (ScalarNode role : map.scalars("app-roles")) {
            try {
                roles.add(Identifiers.check(role.getValue(), "application role"));
            } catch (DatabaseException e) {
                throw map.invalid(role, e.getMessage() + " (in 'app-roles' of " + what + ")");
            }
        }
        Map<Step, Gate> stepGates = new EnumMap<>(Step.class);
        map.value("gates").ifPresent(node -> {
            List<String> steps = Arrays.stream(Step.values()).map(Step::key).toList();
            YamlMap gateMap = YamlMap.of(top.file(), node, "'gates' of " + what + " (one key per step)", steps);
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    Step step = Step.ofKey(((ScalarNode) tuple.getKeyNode()).getValue()).orElseThrow();
                    if (!YamlMap.isNull(tuple.getValueNode())) {
                        stepGates.put(step, gates.read(gateMap, tuple.getValueNode(), name, step));
                    }
                }
            }
        });
        String backup = map.scalar("backup").map(node -> backup(map, node)).orElse(null);
        Environment environment = new Environment(name, url, user, password, roles, null, stepGates, backup, map.line());
        return new Read(environment, map.scalar("predecessor").orElse(null));
    }

    /** Each environment with its predecessor: the one named, none for {@code none}, else the one before it. */
    List<Environment> withPredecessors(List<Read> read) {
        List<String> names = read.stream().map(r -> r.environment().name()).toList();
        List<Environment> environments = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Environment environment = read.get(i).environment();
            String predecessor = i == 0 ? null : names.get(i - 1);
            ScalarNode named = read.get(i).predecessor();
            if (named != null) {
                predecessor = predecessor(named, environment.name(), names.subList(0, i), names);
            }
            environments.add(new Environment(environment.name(), environment.dbUrl(), environment.dbUser(),
                    environment.dbPassword(), environment.appRoles(), predecessor, environment.gates(), environment.backup(),
                    environment.line()));
        }
        return environments;
    }

    @Nullable
    private String predecessor(ScalarNode named, String name, List<String> earlier, List<String> all) {
        String value = named.getValue();
        if (value.equals(NONE)) {
            return null;
        }
        if (earlier.contains(value)) {
            return value;
        }
        String choices = earlier.isEmpty() ? "it is the first, so only 'none' fits"
                : "name an earlier one (" + String.join(", ", earlier) + ") or none";
        if (value.equals(name)) {
            throw top.invalid(named, "environment '" + name + "' names itself as its predecessor: " + choices);
        }
        if (all.contains(value)) {
            throw top.invalid(named, "the predecessor of environment '" + name + "' is '" + value + "', which comes later in the"
                    + " file: environments are listed in promotion order, so a release reaches '" + value + "' after '" + name
                    + "'; " + choices);
        }
        String near = EditDistance.nearest(value, earlier).map(n -> " (did you mean " + n + "?)").orElse("");
        throw top.invalid(named, "no environment '" + OperatorText.shown(value) + "' for the predecessor of environment '" + name
                + "'" + near + "; " + choices);
    }

    private static String backup(YamlMap map, ScalarNode node) {
        if (!BACKUP_MODES.contains(node.getValue())) {
            throw map.invalid(node, "'backup' of " + map.what() + " is '" + OperatorText.shown(node.getValue())
                    + "'; write required (no backup, no migration), optional (a failed backup is a warning) or off");
        }
        return node.getValue();
    }

    private static String url(YamlMap map, ScalarNode node) {
        String url = references(map, node);
        if (!url.startsWith("${") && !url.startsWith("jdbc:postgresql:")) {
            throw map.invalid(node, "db-url of " + map.what() + " must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://db:5432/app (or a ${VARIABLE} holding one)");
        }
        if (ConnectionSettings.holdsPassword(url)) {
            throw map.invalid(node, "db-url of " + map.what() + " holds a password; " + whyNoLiteral()
                    + ", then write db-password: ${" + variableFor(map) + "} and take the password out of the URL");
        }
        return url;
    }

    private static String password(YamlMap map, String name, ScalarNode node) {
        String password = node.getValue();
        if (!Placeholders.isSingleReference(password)) {
            // Never echo the value: it may be the real password.
            throw map.invalid(node, "db-password of environment '" + name + "' is not a ${VARIABLE} reference; " + whyNoLiteral()
                    + ", then write db-password: ${" + variableFor(map) + "}");
        }
        return password;
    }

    private static String whyNoLiteral() {
        return "a password written in this file ends up in source control and in every backup of it: put it in an"
                + " environment variable (or the CI's secret store, mapped to one)";
    }

    private static String variableFor(YamlMap map) {
        String name = map.text("name").orElse("env");
        return name.toUpperCase(Locale.ROOT).replace('-', '_') + "_DB_PASSWORD";
    }

    private static String references(YamlMap map, ScalarNode node) {
        Optional<String> problem = Placeholders.malformed(node.getValue());
        if (problem.isPresent()) {
            throw map.invalid(node, problem.get() + " (in " + map.what() + ")");
        }
        return node.getValue();
    }

    /** One environment as written, and the predecessor it names, if any, kept for its line. */
    record Read(Environment environment, @Nullable ScalarNode predecessor) {
    }
}
