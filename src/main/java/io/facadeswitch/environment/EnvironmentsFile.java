package io.facadeswitch.environment;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Finds and reads {@code facade-switch.yaml}, the release chain. Everything is checked at load,
 * before any database is touched, and every error names the file and the line, so a pipeline
 * fails on its first step with the line to fix rather than half-way along the chain.
 *
 * <p>The file is read as YAML nodes with SnakeYAML's safe constructor: no types are ever built
 * from it, its size and its aliases are limited, so a hostile file can neither run code nor
 * exhaust memory.
 */
public final class EnvironmentsFile {

    public static final String DEFAULT_NAME = "facade-switch.yaml";
    /** The largest file read: a chain of environments is a few kilobytes. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final int MAX_ALIASES = 20;
    private static final int MAX_NESTING = 20;
    private static final List<String> TOP_KEYS = List.of("groups", "environments");

    private EnvironmentsFile() {
    }

    /**
     * Reads and validates the file.
     *
     * @throws EnvironmentException {@code ENV_CONFIG_MISSING} when there is no such file, {@code ENV_CONFIG_INVALID}
     *                              naming the line of anything wrong in it
     */
    public static Environments load(Path file) {
        Node root = YamlMap.compose(file, read(file), MAX_BYTES, MAX_ALIASES, MAX_NESTING, YamlMap.ENVIRONMENTS);
        if (root == null) {
            throw YamlMap.invalidAt(file, 1, "the file is empty: list the environments under 'environments:', in promotion order"
                    + " (see docs/environments.md)");
        }
        YamlMap top = YamlMap.of(file, root, "the file", TOP_KEYS);
        Map<String, List<String>> groups = GroupsReader.read(top);
        List<Node> items = top.items("environments");
        if (items.isEmpty()) {
            throw top.invalid(top.value("environments").orElse(root), "the file names no environments: list them under"
                    + " 'environments:', in promotion order, each with at least a name and a db-url");
        }
        EnvironmentReader reader = new EnvironmentReader(top, new GateReader(groups));
        List<EnvironmentReader.Read> read = new ArrayList<>();
        for (Node item : items) {
            read.add(reader.read(item, read));
        }
        return new Environments(file, reader.withPredecessors(read), groups);
    }

    /**
     * The file to use: {@code explicit} (from {@code --config}, relative to the working directory)
     * must exist; without it, {@value #DEFAULT_NAME} in the working directory if there is one.
     *
     * @throws EnvironmentException {@code ENV_CONFIG_MISSING} when {@code explicit} names no file
     */
    public static Optional<Path> locate(@Nullable Path explicit, Path workingDirectory) {
        if (explicit != null) {
            Path file = workingDirectory.resolve(explicit);
            if (!Files.isRegularFile(file)) {
                throw new EnvironmentException(EnvironmentErrorCode.ENV_CONFIG_MISSING, "--config names " + file
                        + ", which is not a file: give the path to the environments file (e.g. " + DEFAULT_NAME + ")");
            }
            return Optional.of(file);
        }
        Path file = workingDirectory.resolve(DEFAULT_NAME);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static String read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new EnvironmentException(EnvironmentErrorCode.ENV_CONFIG_INVALID, file + " is " + size + " bytes; an"
                        + " environments file may be at most " + MAX_BYTES + " (is it the right file?)");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new EnvironmentException(EnvironmentErrorCode.ENV_CONFIG_INVALID, file + " is not UTF-8 text: save it as UTF-8",
                    e);
        } catch (NoSuchFileException e) {
            throw new EnvironmentException(EnvironmentErrorCode.ENV_CONFIG_MISSING, "there is no file " + file
                    + ": create it (see docs/environments.md) or give its path with --config", e);
        } catch (IOException e) {
            throw new EnvironmentException(EnvironmentErrorCode.ENV_CONFIG_INVALID, file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
