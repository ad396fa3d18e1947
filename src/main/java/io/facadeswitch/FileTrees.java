package io.facadeswitch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Folder trees the tool made and no longer needs: a backup beyond retention, a rehearsal's server or dump. */
public final class FileTrees {

    private static final Logger LOG = LoggerFactory.getLogger(FileTrees.class);

    private FileTrees() {
    }

    /**
     * Deletes the folder and all it holds; a folder that is not there is already deleted. Says so
     * in the log instead of failing, since what it deletes is of no use any more; whether it went.
     */
    public static boolean deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not delete {}: {}", folder, e.getMessage());
            return false;
        }
    }
}
