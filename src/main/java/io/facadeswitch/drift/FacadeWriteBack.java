package io.facadeswitch.drift;

import io.facadeswitch.AtomicFiles;
import io.facadeswitch.OperatorText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes facade objects changed straight on a database back into the facade's top-level
 * {@code *.sql} files, for a developer to review and commit: a changed object's CREATE statement
 * is replaced where it stands, a removed one deleted with the COMMENT ON and ALTER statements
 * right after it, and an object no file creates is appended to a new file. Nothing else in the
 * files changes; {@code tests/} is never touched.
 */
public final class FacadeWriteBack {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.sql");
    private static final String NEW_FILE_HEADER = """
            -- Hot fixes captured from the database by `facade-switch drift capture`.
            -- Move each definition into the file where it belongs (and delete this file) before committing.
            """;

    private FacadeWriteBack() {
    }

    /**
     * Writes {@code changes} back. Files are read from {@code facadeFolder} and those that change
     * are written, atomically, to {@code outFolder} under the same names; the two may be the same
     * folder.
     *
     * @param newFileName the file, created in {@code outFolder}, that receives objects no file creates
     * @throws IllegalArgumentException when {@code facadeFolder} holds no {@code .sql} file, a file
     *                                  cannot be split, two changes name the same object, or the
     *                                  new file's name is unusable or taken
     */
    public static WriteBack apply(Path facadeFolder, Path outFolder, List<FacadeChange> changes, String newFileName)
            throws IOException {
        checkNewFileName(newFileName);
        List<FacadeSourceFile> files = readFiles(facadeFolder);
        List<String> notes = new ArrayList<>();
        List<String> appended = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        for (FacadeChange change : changes) {
            Optional<Location> location = locate(files, change.object());
            location.ifPresent(found -> claim(claimed, found, change));
            notes.add(switch (change.kind()) {
                case REMOVED -> location.map(found -> remove(change, found))
                        .orElse(change.described() + ": in no file, nothing to remove");
                case ADDED, CHANGED -> location.map(found -> replace(change, found))
                        .orElseGet(() -> append(change, appended, newFileName));
            });
        }
        if (!appended.isEmpty()) {
            checkNewFileFree(facadeFolder, outFolder, newFileName);
        }
        return new WriteBack(write(outFolder, files, appended, newFileName), notes);
    }

    private static List<FacadeSourceFile> readFiles(Path facadeFolder) throws IOException {
        if (!Files.isDirectory(facadeFolder)) {
            throw new IllegalArgumentException("facade folder " + facadeFolder.toAbsolutePath()
                    + " does not exist; point --facade-schema at the folder that holds the facade's .sql files");
        }
        List<Path> paths;
        try (Stream<Path> entries = Files.list(facadeFolder)) {
            paths = entries.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".sql"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("facade folder " + facadeFolder.toAbsolutePath()
                    + " holds no .sql file at its top level; point --facade-schema at the facade's source folder");
        }
        List<FacadeSourceFile> files = new ArrayList<>();
        for (Path path : paths) {
            files.add(FacadeSourceFile.read(path));
        }
        return files;
    }

    /**
     * The statement that creates {@code wanted}: of a routine's overloads, the one with as many
     * arguments, or when several have as many, the one whose types match. Where files create an
     * object twice, the last, which is what deploy ends with.
     */
    private static Optional<Location> locate(List<FacadeSourceFile> files, ObjectHeader wanted) {
        List<Location> named = new ArrayList<>();
        for (FacadeSourceFile file : files) {
            for (int i = 0; i < file.statementCount(); i++) {
                Optional<ObjectHeader> created = file.createdBy(i);
                if (created.isPresent() && created.get().kind().equals(wanted.kind())
                        && created.get().name().equals(wanted.name())) {
                    named.add(new Location(file, i, created.get()));
                }
            }
        }
        List<Location> candidates = named;
        if (wanted.arguments() != null) {
            candidates = named.stream().filter(found -> found.created().arguments() != null
                    && found.created().arguments().size() == wanted.arguments().size()).toList();
            if (candidates.size() > 1) {
                candidates = candidates.stream()
                        .filter(found -> RoutineArgument.sameTypes(found.created().arguments(), wanted.arguments())).toList();
            }
        }
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(candidates.size() - 1));
    }

    private static void claim(Set<String> claimed, Location location, FacadeChange change) {
        if (!claimed.add(location.file().name() + "\0" + location.index())) {
            throw new IllegalArgumentException(change.described() + ": another change already names the statement at "
                    + location.describe() + "; give each object once");
        }
    }

    private static String replace(FacadeChange change, Location location) {
        FacadeSourceFile file = location.file();
        String definition = change.definition();
        if (file.reads(location.index(), definition)) {
            return change.described() + ": same as in " + location.describe() + ", left as it is";
        }
        file.replace(location.index(), definition);
        return change.described() + ": " + (change.kind() == DriftKind.ADDED ? "added on the database but already in "
                + location.describe() + ", replaced there" : "replaced in " + location.describe());
    }

    private static String remove(FacadeChange change, Location location) {
        int followers = location.file().removeWithFollowers(location.index());
        return change.described() + ": removed from " + location.describe()
                + (followers == 0 ? "" : ", with the " + followers + (followers == 1 ? " statement" : " statements")
                + " about it that followed");
    }

    private static String append(FacadeChange change, List<String> appended, String newFileName) {
        appended.add(change.definition());
        return change.described() + ": " + (change.kind() == DriftKind.CHANGED ? "not found in any file, " : "")
                + "appended to " + newFileName;
    }

    private static void checkNewFileName(String newFileName) {
        if (newFileName == null || !FILE_NAME.matcher(newFileName).matches()) {
            throw new IllegalArgumentException("'" + OperatorText.shown(newFileName) + "' cannot be the file for added"
                    + " objects: give a plain file name ending in .sql, such as 900_drift_20261202_1830.sql");
        }
    }

    private static void checkNewFileFree(Path facadeFolder, Path outFolder, String newFileName) {
        for (Path folder : List.of(facadeFolder, outFolder)) {
            if (Files.exists(folder.resolve(newFileName))) {
                throw new IllegalArgumentException(folder.resolve(newFileName) + " already exists; choose another name"
                        + " for the added objects' file, or move that file away first");
            }
        }
    }

    private static List<Path> write(Path outFolder, List<FacadeSourceFile> files, List<String> appended, String newFileName)
            throws IOException {
        Files.createDirectories(outFolder);
        List<Path> written = new ArrayList<>();
        for (FacadeSourceFile file : files) {
            if (file.changed()) {
                written.add(writeFile(outFolder.resolve(file.name()), file.editedText()));
            }
        }
        if (!appended.isEmpty()) {
            StringBuilder text = new StringBuilder(NEW_FILE_HEADER);
            for (String definition : appended) {
                text.append('\n').append(definition).append(";\n");
            }
            written.add(writeFile(outFolder.resolve(newFileName), text.toString()));
        }
        return written;
    }

    private static Path writeFile(Path target, String text) throws IOException {
        AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
        return target;
    }

    /** Statement {@code index} of {@code file}, which creates {@code created}. */
    private record Location(FacadeSourceFile file, int index, ObjectHeader created) {

        String describe() {
            return file.name() + " line " + file.line(index);
        }
    }
}
