package io.facadeswitch.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the tests do, so the Docker files are linted instead of built: the
 * points that once went wrong in them (issue 12) are checked on their text.
 */
class DockerFilesTest {

    private static final Path COMPOSE = Path.of("docker", "compose.yaml");
    private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");
    private static final Path DOCKERIGNORE = Path.of(".dockerignore");
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{FACADE_API_TOKENS:\\?[^}]+}");
    private static final Pattern RELEASE_ARGUMENT = Pattern.compile("deploy\\s+--release\\s+(\\S+)");
    private static final Pattern ESCAPED_VARIABLE = Pattern.compile("\"?\\$\\$\\{?([A-Z_][A-Z0-9_]*)}?\"?");
    private static final Pattern INTERPOLATION_WITH_DEFAULT = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*):-[^}]+}");

    @Test
    void theApiTokensAreAskedForNotWrittenDown() throws IOException {
        List<Map.Entry<String, Object>> tokens = services().entrySet().stream()
                .filter(s -> environment(s.getValue()).containsKey("FACADE_API_TOKENS"))
                .map(s -> Map.entry(s.getKey(), environment(s.getValue()).get("FACADE_API_TOKENS")))
                .toList();
        assertThat(tokens).as("services given FACADE_API_TOKENS").isNotEmpty();
        assertThat(tokens).allSatisfy(t -> assertThat(String.valueOf(t.getValue())).as(t.getKey())
                .matches(REQUIRED_VARIABLE));
    }

    @Test
    void exactlyOneServiceBuildsTheImage() throws IOException {
        assertThat(services().entrySet()).filteredOn(s -> map(s.getValue()).containsKey("build")).hasSize(1);
    }

    @Test
    void everyServiceRunningTheToolUsesTheBuiltImageWithoutPullingIt() throws IOException {
        Map<String, Object> services = services();
        Map.Entry<String, Object> builder = services.entrySet().stream()
                .filter(s -> map(s.getValue()).containsKey("build")).findFirst().orElseThrow();
        Object image = map(builder.getValue()).get("image");
        assertThat(image).as("the built image's name").isNotNull();
        List<String> tool = services.entrySet().stream().filter(s -> runsTheTool(map(s.getValue())))
                .map(Map.Entry::getKey).toList();
        assertThat(tool).as("services running facade-switch").contains(builder.getKey()).hasSizeGreaterThan(1);
        for (String name : tool) {
            Map<String, Object> service = map(services.get(name));
            assertThat(service.get("image")).as(name + "'s image").isEqualTo(image);
            if (!name.equals(builder.getKey())) {
                assertThat(service.get("pull_policy")).as(name + "'s pull_policy").isEqualTo("never");
                assertThat(map(service.get("depends_on"))).as(name + " waits for the build")
                        .containsKey(builder.getKey());
            }
        }
    }

    @Test
    void everyServeServiceHasAHealthcheckOnHealth() throws IOException {
        List<Map.Entry<String, Object>> serving = services().entrySet().stream()
                .filter(s -> commandLine(map(s.getValue())).startsWith("serve ")).toList();
        assertThat(serving).as("serve services").isNotEmpty();
        assertThat(serving).allSatisfy(s -> {
            assertThat(map(s.getValue())).as(s.getKey()).containsKey("healthcheck");
            Map<String, Object> healthcheck = map(map(s.getValue()).get("healthcheck"));
            assertThat(healthcheck).as(s.getKey() + "'s healthcheck").doesNotContainKey("disable");
            assertThat(String.valueOf(healthcheck.get("test"))).as(s.getKey() + "'s healthcheck")
                    .contains("/health");
        });
    }

    @Test
    void theDeployTakesItsReleaseNameFromAVariableSoAnEditCanBeNamedAnew() throws IOException {
        Map.Entry<String, Object> deploy = services().entrySet().stream()
                .filter(s -> RELEASE_ARGUMENT.matcher(commandLine(map(s.getValue()))).find()).findFirst()
                .orElseThrow(() -> new AssertionError("no service runs deploy --release"));
        Matcher argument = RELEASE_ARGUMENT.matcher(commandLine(map(deploy.getValue())));
        assertThat(argument.find()).isTrue();
        Matcher variable = ESCAPED_VARIABLE.matcher(argument.group(1));
        assertThat(variable.matches()).as("--release " + argument.group(1) + " names a shell variable").isTrue();
        Object value = environment(deploy.getValue()).get(variable.group(1));
        assertThat(String.valueOf(value)).as(variable.group(1) + " in " + deploy.getKey() + "'s environment")
                .matches(INTERPOLATION_WITH_DEFAULT)
                .startsWith("${" + variable.group(1) + ":-");
    }

    @Test
    void theBuildContextLeavesOutTheJarTheDataFolderGitAndTheComposeEnvironment() throws IOException {
        DockerIgnore ignore = DockerIgnore.read(DOCKERIGNORE);
        assertThat(List.of("target/facade-switch.jar", ".facade-switch/data/PG_VERSION", ".git/HEAD",
                "docker/.env", "bench/results.txt")).allSatisfy(path -> assertThat(ignore.excludes(path))
                .as(path + " left out of the build context").isTrue());
    }

    @Test
    void everyPathTheDockerfileCopiesExistsAndReachesTheBuild() throws IOException {
        DockerIgnore ignore = DockerIgnore.read(DOCKERIGNORE);
        List<String> sources = copySources();
        assertThat(sources).as("COPY sources").isNotEmpty();
        for (String source : sources) {
            Path path = Path.of(source);
            assertThat(path).as("COPY " + source).exists();
            try (Stream<Path> files = Files.walk(path)) {
                assertThat(files.filter(Files::isRegularFile).map(f -> f.toString().replace('\\', '/')))
                        .as("files of COPY " + source).isNotEmpty()
                        .allSatisfy(f -> assertThat(ignore.excludes(f)).as(f + " in the build context").isFalse());
            }
        }
    }

    @Test
    void theBuildStageCopiesTheCheckstyleConfigurationThatValidateReads() throws IOException {
        Matcher location = Pattern.compile("<configLocation>([^<]+)</configLocation>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(location.find()).as("the pom's Checkstyle configLocation").isTrue();
        String folder = location.group(1).split("/")[0];
        assertThat(copySources()).as("COPY sources").contains(folder);
    }

    private static Map<String, Object> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        return map(compose.get("services"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).as("a YAML mapping").isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    private static Map<String, Object> environment(Object service) {
        Object environment = map(service).get("environment");
        return environment == null ? Map.of() : map(environment);
    }

    /** The service's command (after its entrypoint), as one line: a list's items joined by spaces. */
    private static String commandLine(Map<String, Object> service) {
        Object command = service.get("command");
        if (command instanceof List<?> list) {
            return String.join(" ", list.stream().map(String::valueOf).toList()).strip() + " ";
        }
        return command == null ? "" : command.toString().strip() + " ";
    }

    private static boolean runsTheTool(Map<String, Object> service) {
        String command = commandLine(service);
        return service.containsKey("build") || command.startsWith("serve ") || command.contains("facade-switch.jar");
    }

    /** The context paths the Dockerfile's COPY lines read (those copying from a stage left aside). */
    private static List<String> copySources() throws IOException {
        List<String> sources = new ArrayList<>();
        for (String line : Files.readAllLines(DOCKERFILE)) {
            List<String> words = Arrays.stream(line.strip().split("\\s+")).toList();
            if (words.size() < 3 || !words.get(0).equalsIgnoreCase("COPY")
                    || words.stream().anyMatch(w -> w.startsWith("--from="))) {
                continue;
            }
            List<String> arguments = words.stream().skip(1).filter(w -> !w.startsWith("--")).toList();
            arguments.subList(0, arguments.size() - 1).forEach(s -> sources.add(s.replaceAll("^\\./|/$", "")));
        }
        return sources;
    }

    /**
     * The .dockerignore rules as the engine applies them: a pattern matches a path or any folder it
     * is in, the last matching pattern decides, and a leading '!' lets a path back in.
     */
    private record DockerIgnore(List<Rule> rules) {

        static DockerIgnore read(Path file) throws IOException {
            List<Rule> rules = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String pattern = line.strip();
                if (pattern.isEmpty() || pattern.startsWith("#")) {
                    continue;
                }
                boolean include = pattern.startsWith("!");
                String glob = (include ? pattern.substring(1) : pattern).replaceAll("^/+|/+$", "");
                rules.add(new Rule(FileSystems.getDefault().getPathMatcher("glob:" + glob), include));
            }
            return new DockerIgnore(rules);
        }

        boolean excludes(String relativePath) {
            boolean excluded = false;
            for (Rule rule : rules) {
                for (Path p = Path.of(relativePath); p != null; p = p.getParent()) {
                    if (rule.matcher().matches(p)) {
                        excluded = !rule.include();
                        break;
                    }
                }
            }
            return excluded;
        }
    }

    private record Rule(PathMatcher matcher, boolean include) {
    }
}
