package io.facadeswitch.reference;

import io.facadeswitch.OperatorText;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the reference-data folder ({@code core-schema/reference-data/}): one {@code <table>.csv}
 * per table, an optional {@code <table>.yaml} beside it, and the overlay CSVs the manifests name.
 * Everything is read and checked before anything is used, so a broken file stops the run with
 * its file and line, and nothing is applied.
 */
public final class ReferenceDeclarations {

    /** An unquoted PostgreSQL identifier in lower case: the file name is the table name, as written in SQL. */
    static final Pattern TABLE = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    private static final String CSV = ".csv";
    private static final String YAML = ".yaml";

    private ReferenceDeclarations() {
    }

    /**
     * A table's files, found and its manifest read, its CSV not yet: enough to tell by checksum
     * whether anything changed since the last synchronization, before the rows are parsed.
     *
     * @param manifestRead the manifest as read, {@code null} when the table has none
     */
    public record TableFiles(String table, Path csv, @Nullable ReferenceManifestReader.Read manifestRead) {

        public ReferenceManifest manifest() {
            return manifestRead == null ? ReferenceManifest.DEFAULTS : manifestRead.manifest();
        }

        /** The manifest's path whether or not there is one. */
        public Path manifestFile() {
            return csv.resolveSibling(table + YAML);
        }

        /** Reads and checks the CSV (and the overlay of that name, if the manifest has one). */
        public TableDeclaration declaration(@Nullable String overlay) {
            return ReferenceDeclarations.declaration(table, csv, manifestRead, overlay);
        }
    }

    /**
     * One declaration per table, sorted by table name; none when the folder does not exist.
     *
     * @param overlay the environment whose overlays to read, or {@code null} for none
     * @throws ReferenceDataException {@code REFERENCE_FILE_INVALID} naming the file (and line) of what is wrong
     */
    public static List<TableDeclaration> read(Path referenceFolder, @Nullable String overlay) {
        return find(referenceFolder).stream().map(files -> files.declaration(overlay)).toList();
    }

    /**
     * The tables of the folder with their manifests read and their names checked, sorted by table
     * name; none when the folder does not exist. The CSVs are not read.
     */
    public static List<TableFiles> find(Path referenceFolder) {
        if (!Files.exists(referenceFolder)) {
            return List.of();
        }
        if (!Files.isDirectory(referenceFolder)) {
            throw ReferenceDataException.fileInvalid(referenceFolder.getFileName() + " is not a folder: the reference data"
                    + " is a folder of CSV files, one per table");
        }
        Set<String> names = fileNames(referenceFolder);
        // Manifests first: the overlays they name are not tables.
        Map<String, ReferenceManifestReader.Read> manifests = new TreeMap<>();
        Set<Path> overlayFiles = new HashSet<>();
        for (String name : names) {
            if (name.endsWith(YAML)) {
                String table = name.substring(0, name.length() - YAML.length());
                if (!names.contains(table + CSV)) {
                    throw ReferenceDataException.fileInvalid(name + ": there is no " + table + CSV + " beside it; add the"
                            + " table's CSV, or remove the manifest");
                }
                ReferenceManifestReader.Read read = ReferenceManifestReader.read(referenceFolder.resolve(name));
                manifests.put(table, read);
                overlayFiles.addAll(read.manifest().overlays().values());
            }
        }
        Path folder = referenceFolder.toAbsolutePath().normalize();
        List<TableFiles> tables = new ArrayList<>();
        for (String name : names) {
            Path file = folder.resolve(name);
            if (name.endsWith(CSV) && !overlayFiles.contains(file)) {
                String table = name.substring(0, name.length() - CSV.length());
                Path csvFile = referenceFolder.resolve(name);
                if (!TABLE.matcher(table).matches()) {
                    throw ReferenceDataException.fileInvalid(OperatorText.shown(csvFile.getFileName().toString())
                            + ": the file name must be the table's name in lower case (letters, digits and _, at most 63),"
                            + " then .csv" + overlayHint(table));
                }
                tables.add(new TableFiles(table, csvFile, manifests.get(table)));
            }
        }
        tables.sort(Comparator.comparing(TableFiles::table));
        return List.copyOf(tables);
    }

    private static TableDeclaration declaration(String table, Path csvFile, @Nullable ReferenceManifestReader.Read read,
                                                @Nullable String overlay) {
        ReferenceManifest manifest = read == null ? ReferenceManifest.DEFAULTS : read.manifest();
        CsvReader.Csv csv = CsvReader.read(csvFile, manifest.nullMarker());
        if (read != null) {
            read.checkAgainst(csvFile, csv.header());
        }
        List<DeclaredRow> overlayRows = List.of();
        Path overlayFile = overlay == null ? null : manifest.overlays().get(overlay);
        if (overlayFile != null) {
            overlayRows = reordered(csv, CsvReader.read(overlayFile, manifest.nullMarker()));
        }
        return new TableDeclaration(table, csvFile, manifest, csv.header(), csv.rows(), overlayRows);
    }

    /** A file name with a dot before .csv is most likely an overlay nobody named. */
    private static String overlayHint(String table) {
        int dot = table.indexOf('.');
        if (dot <= 0) {
            return "";
        }
        String base = table.substring(0, dot);
        return "; if it is an overlay, name it in " + OperatorText.shown(base) + YAML + "'s overlays, or rename it";
    }

    /** The overlay's rows with their values in the main CSV's column order; both must name the same columns. */
    private static List<DeclaredRow> reordered(CsvReader.Csv main, CsvReader.Csv overlay) {
        List<String> missing = main.header().stream().filter(c -> !overlay.header().contains(c)).toList();
        List<String> extra = overlay.header().stream().filter(c -> !main.header().contains(c)).toList();
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw ReferenceDataException.fileInvalid(overlay.file().getFileName() + " line 1: the header must name the same"
                    + " columns as " + main.file().getFileName() + (missing.isEmpty() ? "" : "; missing: " + shown(missing))
                    + (extra.isEmpty() ? "" : "; not in " + main.file().getFileName() + ": " + shown(extra))
                    + "; make the two headers name the same columns (their order may differ)");
        }
        if (overlay.header().equals(main.header())) {
            return overlay.rows();
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < overlay.header().size(); i++) {
            positions.put(overlay.header().get(i), i);
        }
        int[] from = main.header().stream().mapToInt(positions::get).toArray();
        List<DeclaredRow> rows = new ArrayList<>(overlay.rows().size());
        for (DeclaredRow row : overlay.rows()) {
            List<String> values = new ArrayList<>(from.length);
            for (int index : from) {
                values.add(row.values().get(index));
            }
            rows.add(new DeclaredRow(row.file(), row.line(), values));
        }
        return rows;
    }

    private static String shown(List<String> columns) {
        return String.join(", ", columns.stream().map(OperatorText::shown).toList());
    }

    /** The regular files directly in the folder, sorted so that errors come in the same order every run. */
    private static Set<String> fileNames(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = new TreeSet<>();
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new ReferenceDataException(ReferenceErrorCode.REFERENCE_FILE_INVALID, folder.getFileName()
                    + " cannot be listed: " + e.getMessage(), e);
        }
    }
}
