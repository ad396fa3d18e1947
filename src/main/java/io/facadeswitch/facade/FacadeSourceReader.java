package io.facadeswitch.facade;

import io.facadeswitch.OperatorText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a facade release from a folder: {@code *.sql} at the top level, applied in file-name order,
 * and {@code tests/*.sql}, run in file-name order. Nothing else in the folder counts. The checksum
 * covers every file that counts, names included, so renaming or reordering is a new release.
 */
public final class FacadeSourceReader {

    /** Bounds what is read from disk: a facade file past this size is a mistake, not a facade. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    private static final Pattern RELEASE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,99}");

    private FacadeSourceReader() {
    }

    public static FacadeRelease read(Path folder, String releaseName) {
        checkReleaseName(releaseName);
        if (!Files.isDirectory(folder)) {
            throw new DeployException(DeployErrorCode.SOURCES_UNREADABLE, "facade folder " + folder.toAbsolutePath()
                    + " does not exist; point --facade-schema at the folder that holds your facade's .sql files");
        }
        List<FacadeFile> files = new ArrayList<>();
        for (Path file : sqlFiles(folder)) {
            files.add(parse(file.getFileName().toString(), FacadeFile.Kind.FACADE, readText(file)));
        }
        if (files.isEmpty()) {
            throw new DeployException(DeployErrorCode.SOURCES_INVALID, "facade folder " + folder.toAbsolutePath()
                    + " holds no .sql file; a release needs at least one file of views, functions or procedures");
        }
        Path tests = folder.resolve("tests");
        if (Files.isDirectory(tests)) {
            for (Path file : sqlFiles(tests)) {
                files.add(parse("tests/" + file.getFileName(), FacadeFile.Kind.TEST, readText(file)));
            }
        }
        return new FacadeRelease(releaseName, checksum(files), List.copyOf(files));
    }

    /** Rebuilds a release from the files the control schema stored for it (path to content, kind). */
    public static FacadeRelease fromStored(String releaseName, Map<String, FacadeFile.Kind> kinds,
                                           Map<String, String> contents) {
        List<FacadeFile> files = new ArrayList<>();
        contents.keySet().stream().sorted().forEach(path ->
                files.add(parse(path, kinds.get(path), contents.get(path))));
        files.sort((a, b) -> a.kind() == b.kind() ? a.path().compareTo(b.path()) : a.kind().compareTo(b.kind()));
        return new FacadeRelease(releaseName, checksum(files), List.copyOf(files));
    }

    /** Refuses a name that could not be a release's: the rule deploy applies, for bundles to apply too. */
    public static void checkReleaseName(String name) {
        if (name == null || !RELEASE_NAME.matcher(name).matches()) {
            throw new DeployException(DeployErrorCode.BAD_RELEASE_NAME, "invalid release name '"
                    + OperatorText.shown(name) + "': use 1 to 100 letters, digits, '.', '_', '+' or '-', starting with a letter or digit"
                    + " (for example 1.4.0)");
        }
    }

    private static FacadeFile parse(String path, FacadeFile.Kind kind, String content) {
        try {
            FacadeFile file = new FacadeFile(path, kind, content, SqlScript.split(content));
            FacadeRules.check(file);
            return file;
        } catch (SqlScript.SqlScriptException e) {
            throw new DeployException(DeployErrorCode.SOURCES_INVALID, path + ":" + e.line() + ": "
                    + e.getMessage() + "; close it and deploy again", path, e.line(), null, e);
        }
    }

    private static List<Path> sqlFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".sql"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new DeployException(DeployErrorCode.SOURCES_UNREADABLE,
                    "cannot list " + folder + ": " + e.getMessage(), null, null, null, e);
        }
    }

    private static String readText(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new DeployException(DeployErrorCode.SOURCES_INVALID, file + " is " + size
                        + " bytes; facade files are limited to " + MAX_FILE_BYTES + " bytes: split it");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DeployException(DeployErrorCode.SOURCES_INVALID,
                    file + " is not valid UTF-8; save it as UTF-8 and deploy again", null, null, null, e);
        } catch (IOException e) {
            throw new DeployException(DeployErrorCode.SOURCES_UNREADABLE,
                    "cannot read " + file + ": " + e.getMessage(), null, null, null, e);
        }
    }

    private static String checksum(List<FacadeFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (FacadeFile file : files) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
