package io.facadeswitch.sources;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The source control commit the sources were built from, for a bundle's manifest: what a pipeline
 * says ({@code GITHUB_SHA}, {@code CI_COMMIT_SHA}), else what {@code .git} says, read as files
 * (HEAD, its ref, packed-refs; a worktree's {@code .git} file too), so that no {@code git} needs to
 * be installed and no process is started. Only information: a wrong or missing commit never fails
 * a build.
 */
public final class SourceCommit {

    private static final List<String> VARIABLES = List.of("GITHUB_SHA", "CI_COMMIT_SHA");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final String REF = "ref: ";
    private static final String GITDIR = "gitdir: ";

    private SourceCommit() {
    }

    /** The commit from the process's environment, else from {@code .git} above the working directory. */
    public static @Nullable String find() {
        return find(System.getenv(), Path.of("").toAbsolutePath());
    }

    static @Nullable String find(Map<String, String> environment, Path start) {
        for (String variable : VARIABLES) {
            String value = environment.get(variable);
            if (value != null && SHA.matcher(value.trim().toLowerCase()).matches()) {
                return value.trim().toLowerCase();
            }
        }
        try {
            for (Path folder = start.toAbsolutePath(); folder != null; folder = folder.getParent()) {
                Path git = folder.resolve(".git");
                if (Files.exists(git)) {
                    return fromGit(git);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable .git only means no commit to tell
        }
        return null;
    }

    private static @Nullable String fromGit(Path git) throws IOException {
        Path gitDir = git;
        if (Files.isRegularFile(git)) {
            String pointer = firstLine(git);
            if (!pointer.startsWith(GITDIR)) {
                return null;
            }
            gitDir = git.getParent().resolve(pointer.substring(GITDIR.length()).trim());
        }
        Path common = gitDir;
        if (Files.isRegularFile(gitDir.resolve("commondir"))) {
            common = gitDir.resolve(firstLine(gitDir.resolve("commondir")).trim()).normalize();
        }
        String head = firstLine(gitDir.resolve("HEAD")).trim();
        if (!head.startsWith(REF)) {
            return SHA.matcher(head).matches() ? head : null;
        }
        String ref = head.substring(REF.length()).trim();
        if (!ref.startsWith("refs/") || ref.contains("..")) {
            return null;
        }
        for (Path folder : List.of(gitDir, common)) {
            Path file = folder.resolve(ref);
            if (Files.isRegularFile(file)) {
                String sha = firstLine(file).trim();
                return SHA.matcher(sha).matches() ? sha : null;
            }
        }
        return packed(common.resolve("packed-refs"), ref);
    }

    private static @Nullable String packed(Path packedRefs, String ref) throws IOException {
        if (!Files.isRegularFile(packedRefs)) {
            return null;
        }
        for (String line : Files.readAllLines(packedRefs, StandardCharsets.UTF_8)) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2 && parts[1].equals(ref) && SHA.matcher(parts[0]).matches()) {
                return parts[0];
            }
        }
        return null;
    }

    private static String firstLine(Path file) throws IOException {
        if (Files.size(file) > 4096) {
            return "";
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
