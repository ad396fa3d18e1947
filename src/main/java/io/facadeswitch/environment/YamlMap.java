package io.facadeswitch.environment;

import io.facadeswitch.EditDistance;
import io.facadeswitch.OperatorText;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
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
 *
 * <p>Public so that other areas' YAML files (reference-data manifests) are read the same way; each
 * area passes a {@link Refusal} so that the errors are its own exception type.
 */
public final class YamlMap {

    /** Builds the exception an area throws for its file, at a line of it that is wrong or as a whole. */
    public interface Refusal {
        RuntimeException at(Path file, int line, String message);

        RuntimeException whole(Path file, String message, Throwable cause);
    }

    /** The environments file's refusal: {@code ENV_CONFIG_INVALID}, naming the file by its path. */
    static final Refusal ENVIRONMENTS = new Refusal() {
        @Override
        public RuntimeException at(Path file, int line, String message) {
            return invalidAt(file, line, message);
        }

        @Override
        public RuntimeException whole(Path file, String message, Throwable cause) {
            return new EnvironmentException(EnvironmentErrorCode.ENV_CONFIG_INVALID, file + ": " + message, cause);
        }
    };

    private final Path file;
    private final String what;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries;
    private final Refusal refusal;

    private YamlMap(Path file, String what, MappingNode node, Map<String, NodeTuple> entries, Refusal refusal) {
        this.file = file;
        this.what = what;
        this.node = node;
        this.entries = entries;
        this.refusal = refusal;
    }

    /**
     * The file's YAML as nodes, read the one safe way: no types are built from it, and aliases,
     * nesting and size are bounded, so that a hostile file cannot make the reader explode.
     */
    public static Node compose(Path file, String text, int maxCodePoints, int maxAliases, int maxNesting,
                               Refusal refusal) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(maxCodePoints);
        options.setMaxAliasesForCollections(maxAliases);
        options.setNestingDepthLimit(maxNesting);
        options.setAllowRecursiveKeys(false);
        try {
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            // The message carries all the exception knows: its problem, context and line.
            throw refusal.at(file, mark == null ? 1 : mark.getLine() + 1, "not valid YAML: "
                    + e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")")
                    + "; check the indentation and quote values that hold ': ' or start with { [ * & ! %");
        } catch (YAMLException e) {
            throw refusal.whole(file, "not usable as YAML: " + OperatorText.shown(e.getMessage()), e);
        }
    }

    /**
     * A mapping of the environments file.
     *
     * @param what  what the mapping is, for messages: {@code environment 'test'}
     * @param known the keys it may have, in the order the docs list them
     */
    static YamlMap of(Path file, Node node, String what, List<String> known) {
        return of(file, node, what, known, ENVIRONMENTS);
    }

    /** A mapping of any file, whose errors {@code refusal} builds. */
    public static YamlMap of(Path file, Node node, String what, List<String> known, Refusal refusal) {
        if (!(node instanceof MappingNode mapping)) {
            throw refusal.at(file, lineOf(node), what + " must be a mapping of keys (" + String.join(", ", known) + "), not "
                    + kind(node));
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw refusal.at(file, lineOf(tuple.getKeyNode()), "a key in " + what + " must be a plain word, not "
                        + kind(tuple.getKeyNode()));
            }
            String key = keyNode.getValue();
            if (!known.contains(key)) {
                String near = EditDistance.nearest(key, known).map(k -> " (did you mean " + k + "?)").orElse("");
                throw refusal.at(file, lineOf(keyNode), "unknown key '" + OperatorText.shown(key) + "' in " + what + near
                        + "; the keys are: " + String.join(", ", known));
            }
            NodeTuple earlier = entries.putIfAbsent(key, tuple);
            if (earlier != null) {
                throw refusal.at(file, lineOf(keyNode), "'" + key + "' appears twice in " + what + " (first at line "
                        + lineOf(earlier.getKeyNode()) + "): keep one");
            }
        }
        return new YamlMap(file, what, mapping, entries, refusal);
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

    public static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static EnvironmentException invalidAt(Path file, int line, String message) {
        return new EnvironmentException(EnvironmentErrorCode.ENV_CONFIG_INVALID, file + " line " + line + ": " + message);
    }

    static EnvironmentException invalidAt(Path file, Node at, String message) {
        return invalidAt(file, lineOf(at), message);
    }

    public static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    public static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull(node) ? "empty" : "the text '" + OperatorText.shown(((ScalarNode) node).getValue()) + "'";
    }

    public Path file() {
        return file;
    }

    public String what() {
        return what;
    }

    public int line() {
        return lineOf(node);
    }

    public RuntimeException invalid(Node at, String message) {
        return refusal.at(file, lineOf(at), message);
    }

    /** The value of a key, absent when the key is missing or its value is empty. */
    public Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null || isNull(tuple.getValueNode()) ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    public Optional<ScalarNode> scalar(String key) {
        return value(key).map(value -> asScalar(value, "'" + key + "' in " + what));
    }

    public Optional<String> text(String key) {
        return scalar(key).map(ScalarNode::getValue);
    }

    /** @param example how the key is written, for the message when it is missing */
    public ScalarNode required(String key, String example) {
        return scalar(key).orElseThrow(() -> invalid(node, what + " has no '" + key + "': add it, e.g. " + example));
    }

    /** A list of texts; a single text counts as a list of one. */
    public List<ScalarNode> scalars(String key) {
        return value(key).map(value -> value instanceof SequenceNode sequence
                ? sequence.getValue().stream().map(item -> asScalar(item, "each item of '" + key + "' in " + what)).toList()
                : List.of(asScalar(value, "'" + key + "' in " + what))).orElse(List.of());
    }

    /** The items of a list, each a node still to be read. */
    public List<Node> items(String key) {
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
