package io.facadeswitch.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which embedded rehearsal servers' folders a rehearsal may remove: only those whose maker is gone, and nobody's server. */
class LeftoversTest {

    @TempDir
    Path temporary;

    @Test
    void aFolderOfAProcessThatIsGoneIsRemovedAndOneOfThisProcessIsKept() throws Exception {
        Path gone = Files.createDirectories(temporary.resolve(EmbeddedServer.FOLDER_PREFIX + deadPid() + "-1700000000000")
                .resolve("data"));
        Path mine = Files.createDirectories(temporary.resolve(EmbeddedServer.FOLDER_PREFIX + ProcessHandle.current().pid()
                + "-" + System.currentTimeMillis()).resolve("data"));

        assertThat(Leftovers.cleanEmbedded(temporary)).containsExactly(gone.getParent());

        assertThat(gone.getParent()).doesNotExist();
        assertThat(mine).exists();
    }

    @Test
    void aProcessStartedAfterTheFolderOnlyReusesItsNumberSoTheFolderGoes() throws Exception {
        // This process started long after 2001: the folder's maker cannot be it.
        Path reused = Files.createDirectories(temporary.resolve(EmbeddedServer.FOLDER_PREFIX + ProcessHandle.current().pid()
                + "-1000000000000"));

        assertThat(Leftovers.cleanEmbedded(temporary)).containsExactly(reused);
    }

    @Test
    void aPostmasterPidNamingAProcessThatServesAnotherFolderIsNotSignalledAndTheFolderStays() throws Exception {
        Path folder = temporary.resolve(EmbeddedServer.FOLDER_PREFIX + deadPid() + "-1700000000000");
        Files.createDirectories(folder.resolve("data"));
        // After a reboot the number may be anyone's: here, this very test's JVM.
        Files.writeString(folder.resolve("data").resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");

        assertThat(Leftovers.cleanEmbedded(temporary)).isEmpty();
        assertThat(folder).exists();
    }

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
