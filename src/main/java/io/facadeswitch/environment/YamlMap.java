package io.facadeswitch.environment;

import io.facadeswitch.EditDistance;
import io.facadeswitch.OperatorText;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of the file, read from SnakeYAML's nodes rather than from constructed objects so
 * that every error can name the line it is about, and so that only the keys a part of the format
 * knows are accepted: a mistyped key is an error, not a setting silently ignored.
 */
final class YamlMap {

    private final Path file;
    private final String what;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries;

    private YamlMap(Path file, String what, MappingNode node, Map<String, NodeTuple> entries) {
        this.file = file;
        this.what = what;
        this.node = node;
        this.entries = entries;
    }

    /**
     * @param what  what the mapping is, for messages: {@code environment 'test'}
     * @param known the keys it may have, in the order the docs list them
     */
    static YamlMap of(Path file, Node node, String what, List<String> known) {
        if (!(node instanceof MappingNode mapping)) {
            throw invalidAt(file, node, what + " must be a mapping of keys (" + String.join(", ", known) + "), not " + kind(node));
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw invalidAt(file, tuple.getKeyNode(), "a key in " + what + " must be a plain word, not " + kind(tuple.getKeyNode()));
            }
            String key = keyNode.getValue();
            if (!known.contains(key)) {
                String near = EditDistance.nearest(key, known).map(k -> " (did you mean " + k + "?)").orElse("");
                throw invalidAt(file, keyNode, "unknown key '" + OperatorText.shown(key) + "' in " + what + near
                        + "; the keys are: " + String.join(", ", known));
            }
            NodeTuple earlier = entries.putIfAbsent(key, tuple);
            if (earlier != null) {
                throw invalidAt(file, keyNode, "'" + key + "' appears twice in " + what + " (first at line "
                        + lineOf(earlier.getKeyNode()) + "): keep one");
            }
        }
        return new YamlMap(file, what, mapping, entries);
    }

    /** A key's text in a mapping not yet checked, to name the mapping in the errors that checking it may raise. */
    static Optional<String> peek(Node node, String key) {
        if (!(node instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        return mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                        && t.getValueNode() instanceof ScalarNode)
                .map(t -> ((ScalarNode) t.getValueNode()).getValue()).findFirst();
    }

    static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static EnvironmentException invalidAt(Path file, int line, String message) {
        return new EnvironmentException(EnvironmentErrorCode.ENV_CONFIG_INVALID, file + " line " + line + ": " + message);
    }

    static EnvironmentException invalidAt(Path file, Node at, String message) {
        return invalidAt(file, lineOf(at), message);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull(node) ? "empty" : "the text '" + OperatorText.shown(((ScalarNode) node).getValue()) + "'";
    }

    Path file() {
        return file;
    }

    String what() {
        return what;
    }

    int line() {
        return lineOf(node);
    }

    EnvironmentException invalid(Node at, String message) {
        return invalidAt(file, at, message);
    }

    /** The value of a key, absent when the key is missing or its value is empty. */
    Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null || isNull(tuple.getValueNode()) ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    Optional<ScalarNode> scalar(String key) {
        return value(key).map(value -> asScalar(value, "'" + key + "' in " + what));
    }

    Optional<String> text(String key) {
        return scalar(key).map(ScalarNode::getValue);
    }

    /** @param example how the key is written, for the message when it is missing */
    ScalarNode required(String key, String example) {
        return scalar(key).orElseThrow(() -> invalid(node, what + " has no '" + key + "': add it, e.g. " + example));
    }

    /** A list of texts; a single text counts as a list of one. */
    List<ScalarNode> scalars(String key) {
        return value(key).map(value -> value instanceof SequenceNode sequence
                ? sequence.getValue().stream().map(item -> asScalar(item, "each item of '" + key + "' in " + what)).toList()
                : List.of(asScalar(value, "'" + key + "' in " + what))).orElse(List.of());
    }

    /** The items of a list, each a node still to be read. */
    List<Node> items(String key) {
        return value(key).map(value -> {
            if (!(value instanceof SequenceNode sequence)) {
                throw invalid(value, "'" + key + "' in " + what + " must be a list, not " + kind(value));
            }
            return sequence.getValue();
        }).orElse(List.of());
    }

    Optional<Integer> wholeNumber(String key) {
        return scalar(key).map(value -> {
            if (!value.getValue().matches("\\d{1,6}")) {
                throw invalid(value, "'" + key + "' in " + what + " must be a whole number, 0 or more, not "
                        + kind(value));
            }
            return Integer.valueOf(value.getValue());
        });
    }

    Optional<Boolean> bool(String key) {
        return scalar(key).map(value -> switch (value.getValue().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(value, "'" + key + "' in " + what + " must be true or false, not " + kind(value));
        });
    }

    private ScalarNode asScalar(Node value, String whatItIs) {
        if (!(value instanceof ScalarNode scalar)) {
            throw invalid(value, whatItIs + " must be text, not " + kind(value));
        }
        return scalar;
    }
}
