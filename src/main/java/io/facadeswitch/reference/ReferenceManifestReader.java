package io.facadeswitch.reference;

import io.facadeswitch.EditDistance;
import io.facadeswitch.OperatorText;
import io.facadeswitch.environment.YamlMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code <table>.yaml}, the manifest beside a reference CSV, from SnakeYAML's nodes (through
 * {@link YamlMap}, as the environments file is read) so that every error names its line, and a
 * mistyped key is refused rather than ignored. An empty file means every default.
 */
public final class ReferenceManifestReader {

    /** Environment names, as the environments file spells them. */
    static final Pattern ENVIRONMENT = Pattern.compile("^[a-z][a-z0-9_-]{0,39}$");

    /** A manifest is a few lines; anything bigger is the wrong file. */
    private static final int MAX_BYTES = 64 * 1024;
    private static final List<String> KEYS = List.of("key", "mode", "database-columns", "null", "overlays");
    private static final int MAX_ALIASES = 10;
    private static final int MAX_NESTING = 10;
    private static final YamlMap.Refusal REFUSAL = new YamlMap.Refusal() {
        @Override
        public RuntimeException at(Path file, int line, String message) {
            return ReferenceDataException.fileInvalid(file.getFileName() + " line " + line + ": " + message);
        }

        @Override
        public RuntimeException whole(Path file, String message, Throwable cause) {
            return new ReferenceDataException(ReferenceErrorCode.REFERENCE_FILE_INVALID, file.getFileName() + ": "
                    + message, cause);
        }
    };

    private ReferenceManifestReader() {
    }

    /**
     * A manifest as read, with the line of each column it names, so that checking them against the
     * CSV's header can point at the manifest's line.
     */
    public record Read(Path file, ReferenceManifest manifest, Map<String, Integer> keyLines,
                       Map<String, Integer> databaseColumnLines) {

        public Read {
            keyLines = Map.copyOf(keyLines);
            databaseColumnLines = Map.copyOf(databaseColumnLines);
        }

        /** Refuses key columns the header lacks and database columns the header has. */
        void checkAgainst(Path csv, List<String> header) {
            String yaml = String.valueOf(file.getFileName());
            for (String column : manifest.key()) {
                if (!header.contains(column)) {
                    throw ReferenceDataException.fileInvalid(yaml + " line " + keyLines.get(column) + ": the key column "
                            + OperatorText.shown(column) + " is not in the header of " + csv.getFileName()
                            + "; add it there, or correct the key");
                }
            }
            for (String column : manifest.databaseColumns()) {
                if (header.contains(column)) {
                    throw ReferenceDataException.fileInvalid(yaml + " line " + databaseColumnLines.get(column) + ": column "
                            + OperatorText.shown(column) + " is in the header of " + csv.getFileName()
                            + " and in database-columns of " + yaml + "; keep one");
                }
            }
        }
    }

    /** Reads the manifest; overlay files are resolved against, and must stay inside, its folder. */
    public static Read read(Path yaml) {
        Node root = YamlMap.compose(yaml, decode(yaml), MAX_BYTES, MAX_ALIASES, MAX_NESTING, REFUSAL);
        if (root == null) {
            return new Read(yaml, ReferenceManifest.DEFAULTS, Map.of(), Map.of());
        }
        String name = String.valueOf(yaml.getFileName());
        YamlMap map = YamlMap.of(yaml, root, name, KEYS, REFUSAL);
        Map<String, Integer> keyLines = columns(map, "key");
        Map<String, Integer> databaseColumnLines = columns(map, "database-columns");
        String nullMarker = map.scalar("null").map(node -> nullMarker(map, node)).orElse(ReferenceManifest.DEFAULT_NULL_MARKER);
        ReferenceManifest manifest = new ReferenceManifest(List.copyOf(keyLines.keySet()), mode(map),
                List.copyOf(databaseColumnLines.keySet()), nullMarker, overlays(map));
        return new Read(yaml, manifest, keyLines, databaseColumnLines);
    }

    /** The columns a key names, in order, each with its line; a column named twice is refused. */
    private static Map<String, Integer> columns(YamlMap map, String key) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (ScalarNode node : map.scalars(key)) {
            if (node.getValue().isEmpty()) {
                throw map.invalid(node, "an empty column name in '" + key + "'; write the column's name as in the CSV's header");
            }
            Integer earlier = lines.putIfAbsent(node.getValue(), YamlMap.lineOf(node));
            if (earlier != null) {
                throw map.invalid(node, "'" + key + "' names the column " + OperatorText.shown(node.getValue())
                        + " twice (first at line " + earlier + "); keep one");
            }
        }
        return lines;
    }

    private static SyncMode mode(YamlMap map) {
        return map.scalar("mode").map(node -> {
            List<String> words = Arrays.stream(SyncMode.values()).map(SyncMode::word).toList();
            for (SyncMode mode : SyncMode.values()) {
                if (mode.word().equals(node.getValue())) {
                    return mode;
                }
            }
            String near = EditDistance.nearest(node.getValue().toLowerCase(Locale.ROOT), words)
                    .map(w -> " (did you mean " + w + "?)").orElse("");
            throw map.invalid(node, "unknown mode '" + OperatorText.shown(node.getValue()) + "'" + near
                    + "; the modes are: " + String.join(", ", words));
        }).orElse(SyncMode.SYNC);
    }

    private static String nullMarker(YamlMap map, ScalarNode node) {
        String marker = node.getValue();
        // Such a marker could never stand alone as an unquoted value, so no value would ever be NULL.
        if (marker.indexOf(',') >= 0 || marker.indexOf('"') >= 0 || marker.indexOf('\n') >= 0 || marker.indexOf('\r') >= 0) {
            throw map.invalid(node, "the null marker '" + OperatorText.shown(marker) + "' holds a comma, a quote or a line"
                    + " break, so it could never match an unquoted value; use e.g. \\N (the default) or an empty string \"\"");
        }
        return marker;
    }

    private static Map<String, Path> overlays(YamlMap map) {
        Node node = map.value("overlays").orElse(null);
        if (node == null) {
            return Map.of();
        }
        // The environment names are the keys, so they are checked here rather than against a fixed list.
        if (!(node instanceof MappingNode mapping)) {
            throw map.invalid(node, "'overlays' must map each environment's name to its CSV, e.g. test: order_status.test.csv;"
                    + " not " + YamlMap.kind(node));
        }
        Map<String, Path> overlays = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String environment = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (!ENVIRONMENT.matcher(environment).matches()) {
                throw map.invalid(tuple.getKeyNode(), "'" + OperatorText.shown(environment) + "' is not an environment name:"
                        + " use lower-case letters, digits, - and _, starting with a letter (at most 40)");
            }
            if (overlays.containsKey(environment)) {
                throw map.invalid(tuple.getKeyNode(), "the overlay of '" + environment + "' is named twice; keep one");
            }
            overlays.put(environment, overlayFile(map, environment, tuple.getValueNode()));
        }
        return overlays;
    }

    private static Path overlayFile(YamlMap map, String environment, Node node) {
        String name = node instanceof ScalarNode scalar && !YamlMap.isNull(node) ? scalar.getValue() : "";
        String where = "the overlay of '" + environment + "' ('" + OperatorText.shown(name) + "')";
        if (!name.endsWith(".csv")) {
            throw map.invalid(node, where + " must name a .csv file beside " + map.what() + ", e.g. "
                    + environment + ": " + table(map) + "." + environment + ".csv");
        }
        Path folder = map.file().toAbsolutePath().getParent();
        Path file;
        try {
            Path relative = Path.of(name);
            boolean escapes = relative.isAbsolute() || name.startsWith("/") || name.startsWith("\\")
                    || Arrays.stream(name.split("[/\\\\]")).anyMatch(".."::equals);
            if (escapes) {
                throw map.invalid(node, where + " must be a file name relative to the reference-data folder, without .."
                        + " or a leading /");
            }
            file = folder.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw map.invalid(node, where + " is not a file name: " + OperatorText.shown(e.getReason()));
        }
        if (name.equals(table(map) + ".csv")) {
            throw map.invalid(node, where + " is the table's own CSV; an overlay is another file, e.g. " + environment + ": "
                    + table(map) + "." + environment + ".csv");
        }
        if (!Files.isRegularFile(file)) {
            throw map.invalid(node, where + " is not a file in the reference-data folder: create it, or correct the name");
        }
        if (!insideFolder(folder, file)) {
            throw map.invalid(node, where + " leads outside the reference-data folder (a link?); keep overlays in the folder");
        }
        return file;
    }

    private static String table(YamlMap map) {
        String name = map.what();
        return name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
    }

    /** Names are checked above; this catches a link that leads elsewhere. */
    private static boolean insideFolder(Path folder, Path file) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String decode(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw ReferenceDataException.fileInvalid(file.getFileName() + " cannot be read: " + e.getMessage());
        }
        if (size > MAX_BYTES) {
            throw ReferenceDataException.fileInvalid(file.getFileName() + " is " + size + " bytes; a reference-data"
                    + " manifest may be at most " + MAX_BYTES + " (is it the right file?)");
        }
        return CsvReader.decode(file);
    }
}
