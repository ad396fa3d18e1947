package io.facadeswitch.environment;

import io.facadeswitch.OperatorText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code groups:}, named sets of people that gates name as approvers. Groups hold people
 * only: a group inside a group would make "who may approve" a puzzle to read in a review.
 */
final class GroupsReader {

    private GroupsReader() {
    }

    static Map<String, List<String>> read(YamlMap top) {
        Node node = top.value("groups").orElse(null);
        if (node == null) {
            return Map.of();
        }
        // The group names are the keys, so they are checked here rather than against a fixed list.
        if (!(node instanceof MappingNode mapping)) {
            throw top.invalid(node, "'groups' must map each group's name to its people, e.g. dbas: [alice, carol]; not "
                    + YamlMap.kind(node));
        }
        Map<String, ScalarNode> names = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            String name = key instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (!EnvironmentReader.NAME.matcher(name).matches()) {
                throw top.invalid(key, "'" + OperatorText.shown(name) + "' is not a group name: use lower-case letters, digits,"
                        + " - and _, starting with a letter (at most 40)");
            }
            if (names.putIfAbsent(name, (ScalarNode) key) != null) {
                throw top.invalid(key, "the group '" + name + "' is defined twice (first at line "
                        + YamlMap.lineOf(names.get(name)) + "): keep one");
            }
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = ((ScalarNode) tuple.getKeyNode()).getValue();
            groups.put(name, members(top, name, tuple.getValueNode(), names));
        }
        return Collections.unmodifiableMap(groups);
    }

    private static List<String> members(YamlMap top, String group, Node node, Map<String, ScalarNode> groups) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw top.invalid(node, "the group '" + group + "' must list its people, e.g. " + group + ": [alice, carol]");
        }
        List<String> members = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String member = item instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
            if (groups.containsKey(member)) {
                throw top.invalid(item, "the group '" + group + "' names the group '" + member + "': groups hold people, not"
                        + " groups; list its people instead");
            }
            if (!GateReader.PERSON.matcher(member).matches()) {
                throw top.invalid(item, "'" + OperatorText.shown(member) + "' in the group '" + group + "' is not a person's name:"
                        + " names are letters, digits and . _ @ + - (at most 64), as the API token or --actor gives them");
            }
            if (!members.contains(member)) {
                members.add(member);
            }
        }
        return List.copyOf(members);
    }
}
