package io.facadeswitch.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle's commit comes from the pipeline's variables, else from .git read as files; none is no error. */
class SourceCommitTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    private static final String OTHER = "89abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path folder;

    @Test
    void aPipelinesVariableWins() throws IOException {
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD"), OTHER + "\n");

        assertThat(SourceCommit.find(Map.of("GITHUB_SHA", SHA), folder)).isEqualTo(SHA);
        assertThat(SourceCommit.find(Map.of("CI_COMMIT_SHA", SHA.toUpperCase()), folder)).isEqualTo(SHA);
    }

    @Test
    void theBranchOfHeadIsReadFromItsRefFileAboveTheWorkingDirectory() throws IOException {
        Files.createDirectories(folder.resolve(".git/refs/heads"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(folder.resolve(".git/refs/heads/main"), SHA + "\n");
        Path below = Files.createDirectories(folder.resolve("sub/deeper"));

        assertThat(SourceCommit.find(Map.of(), below)).isEqualTo(SHA);
    }

    @Test
    void aPackedRefAndAWorktreesGitFileAreFollowed() throws IOException {
        Path common = Files.createDirectories(folder.resolve("repo/.git"));
        Path worktreeGit = Files.createDirectories(common.resolve("worktrees/wt"));
        Files.writeString(common.resolve("packed-refs"), "# pack-refs with: peeled\n" + SHA + " refs/heads/feature\n");
        Files.writeString(worktreeGit.resolve("HEAD"), "ref: refs/heads/feature\n");
        Files.writeString(worktreeGit.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(folder.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + worktreeGit + "\n");

        assertThat(SourceCommit.find(Map.of(), worktree)).isEqualTo(SHA);
    }

    @Test
    void noRepositoryMeansNoCommit() throws IOException {
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref: refs/heads/unborn\n");

        assertThat(SourceCommit.find(Map.of("GITHUB_SHA", "not a sha"), folder)).isNull();
    }
}
