package io.facadeswitch.backup;

import io.facadeswitch.backup.BackupManifest.BackupTable;
import io.facadeswitch.backup.BackupManifest.Column;
import io.facadeswitch.backup.BackupStore.Stored;
import io.facadeswitch.db.ConnectionFailures;
import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.db.SqlErrors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a backup into a new, empty database, for inspection or to copy rows back by hand: never
 * over a live one, and never into the database it was taken from. The schema, the tables (their
 * columns and primary key) and the rows go in in one transaction; a file whose rows or checksum
 * differ from the manifest rolls everything back. The source database is not needed.
 */
public final class BackupRestore {

    private static final Pattern FILE = Pattern.compile("\\d{3}-[a-z0-9_]{0,60}\\.copy\\.gz");
    private static final int MAX_NAME = 63;
    private static final int SHOWN_OBJECTS = 5;

    private BackupRestore() {
    }

    /**
     * What a restore loaded.
     *
     * @param tables each table with its rows, e.g. {@code core.customer: 3 rows}
     * @param notes  what differs from the source: a column whose type does not exist here, restored as text
     */
    @Serdeable
    public record Restored(String id, String into, List<String> tables, List<String> notes) {
    }

    public static Restored restore(Path folder, String id, ConnectionSettings into) {
        Stored stored = BackupStore.find(folder, id, ObjectMapper.getDefault()).orElseThrow(() -> new BackupException(
                BackupErrorCode.NOT_FOUND, "no backup " + id + " in " + folder.toAbsolutePath() + "; run 'backups' to"
                + " list them, or give --backup-folder the folder migrate-core wrote them to", null));
        BackupManifest manifest = stored.manifest();
        check(manifest);
        try (Connection connection = connect(into)) {
            connection.setAutoCommit(false);
            try {
                refuseLive(connection, manifest, into);
                Restored restored = load(connection, stored, into);
                connection.commit();
                return restored;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new BackupException(BackupErrorCode.RESTORE_FAILED, "restoring " + id + " failed: " + SqlErrors.describe(e)
                    + " [SQLSTATE " + SqlErrors.sqlState(e) + "]; nothing was restored", e);
        } catch (IOException e) {
            throw new BackupException(BackupErrorCode.CORRUPT, "could not read backup " + id + ": " + e.getMessage()
                    + "; nothing was restored", e);
        }
    }

    /** Distrust the disk: every name and file the manifest gives is checked before it reaches SQL or a path. */
    private static void check(BackupManifest manifest) {
        List<String> names = new ArrayList<>(List.of(manifest.schema()));
        for (BackupTable table : manifest.tables()) {
            if (table.file() == null || !FILE.matcher(table.file()).matches()) {
                throw corrupt(manifest, "names the file '" + table.file() + "', which is not one of ours");
            }
            names.add(table.name());
            table.columns().forEach(column -> names.add(column.name()));
            names.addAll(table.primaryKey());
        }
        for (String name : names) {
            if (name == null || name.isEmpty() || name.length() > MAX_NAME || name.indexOf('\0') >= 0) {
                throw corrupt(manifest, "holds the name '" + name + "', which PostgreSQL would not have");
            }
        }
    }

    private static Connection connect(ConnectionSettings into) throws SQLException {
        Properties properties = new Properties();
        if (into.user() != null) {
            properties.setProperty("user", into.user());
        }
        if (into.password() != null) {
            properties.setProperty("password", into.password());
        }
        try {
            return DriverManager.getConnection(into.url(), properties);
        } catch (SQLException e) {
            throw ConnectionFailures.describe(into.url(), e).<RuntimeException>map(failure -> failure).orElseThrow(() -> e);
        }
    }

    private static void refuseLive(Connection connection, BackupManifest manifest, ConnectionSettings into)
            throws SQLException {
        DatabaseIdentity target = DatabaseIdentity.of(connection);
        if (target.maybeSameAs(manifest.database())) {
            throw new BackupException(BackupErrorCode.SAME_DATABASE, "backup " + manifest.id() + " was taken from "
                    + target.describe() + ", the database --into names; restore never writes over a live database:"
                    + " create a new, empty one (createdb " + target.name() + "_restore) and give its URL", null);
        }
        List<String> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT n.nspname || '.' || c.relname
                       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
                      ORDER BY 1 LIMIT""" + " " + (SHOWN_OBJECTS + 1))) {
            while (rows.next()) {
                objects.add(rows.getString(1));
            }
        }
        if (!objects.isEmpty()) {
            throw new BackupException(BackupErrorCode.TARGET_NOT_EMPTY, target.describe() + " is not empty (it holds "
                    + String.join(", ", objects.subList(0, Math.min(SHOWN_OBJECTS, objects.size())))
                    + (objects.size() > SHOWN_OBJECTS ? ", ..." : "") + "); restore only loads into a new, empty"
                    + " database: create one (createdb " + target.name() + "_restore) and give its URL to --into", null);
        }
    }

    private static Restored load(Connection connection, Stored stored, ConnectionSettings into)
            throws SQLException, IOException {
        BackupManifest manifest = stored.manifest();
        String schema = CoreTables.quote(manifest.schema());
        List<String> notes = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
        for (BackupTable table : manifest.tables()) {
            String name = schema + "." + CoreTables.quote(table.name());
            List<String> columns = new ArrayList<>();
            for (Column column : table.columns()) {
                String type = type(connection, column.type());
                if (type == null) {
                    notes.add("column " + table.name() + "." + column.name() + ": type " + column.type()
                            + " does not exist here, restored as text");
                    type = "text";
                }
                columns.add(CoreTables.quote(column.name()) + " " + type + (column.notNull() ? " NOT NULL" : ""));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE " + name + " (" + String.join(", ", columns) + ")");
            }
            long rows = copyIn(copies, stored, table, name);
            if (!table.primaryKey().isEmpty()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE " + name + " ADD PRIMARY KEY (" + table.primaryKey().stream()
                            .map(CoreTables::quote).collect(Collectors.joining(", ")) + ")");
                }
            }
            tables.add(manifest.schema() + "." + table.name() + ": " + rows + " row(s)");
        }
        return new Restored(manifest.id(), into.url() == null ? "" : ConnectionSettings.redact(into.url()), tables, notes);
    }

    /**
     * The column type as this server spells it, when the manifest's text is a type here, else {@code null}. Never the
     * manifest's text itself: {@code to_regtype} also reads {@code int4 --}, so only the server's own spelling of what
     * it read goes into SQL ({@code format_type} with {@code to_regtypemod}, PostgreSQL 17 on, keeps a length;
     * before 17, a {@code character} or {@code bit} without its length, which would mean 1, becomes
     * {@code bpchar} or {@code varbit}, which fit any).
     */
    @Nullable
    private static String type(Connection connection, String type) throws SQLException {
        if (type == null) {
            return null;
        }
        String spelled = spelling(connection, type, "SELECT pg_catalog.format_type(pg_catalog.to_regtype(?),"
                + " pg_catalog.to_regtypemod(?))", 2);
        if (spelled == null && connection.getMetaData().getDatabaseMajorVersion() < 17) {
            spelled = spelling(connection, type, "SELECT pg_catalog.to_regtype(?)::text", 1);
            spelled = "character".equals(spelled) ? "bpchar" : "bit".equals(spelled) ? "varbit" : spelled;
        }
        return spelled;
    }

    @Nullable
    private static String spelling(Connection connection, String type, String sql, int parameters) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= parameters; i++) {
                statement.setString(i, type);
            }
            try (ResultSet row = statement.executeQuery()) {
                String spelled = row.next() ? row.getString(1) : null;
                connection.releaseSavepoint(savepoint);
                return spelled;
            }
        } catch (SQLException notATypeName) {
            connection.rollback(savepoint);
            return null;
        }
    }

    private static long copyIn(CopyManager copies, Stored stored, BackupTable table, String name)
            throws SQLException, IOException {
        MessageDigest sha = BackupWriter.sha256();
        Path file = stored.folder().resolve(table.file());
        long rows;
        try (InputStream raw = Files.newInputStream(file);
             Counting counted = new Counting(new DigestInputStream(new GZIPInputStream(raw, 1 << 16), sha))) {
            try {
                rows = copies.copyIn("COPY " + name + " FROM STDIN", counted);
            } catch (SQLException refused) {
                // A tampered file may still be valid gzip and fail as rows: tell corrupt from refused.
                counted.transferTo(OutputStream.nullOutputStream());
                if (!HexFormat.of().formatHex(sha.digest()).equals(table.sha256())) {
                    throw corruptFile(stored.manifest(), table, "its SHA-256 differs from the manifest's");
                }
                throw refused;
            } catch (IOException damaged) {
                throw corruptFile(stored.manifest(), table, "it cannot be read (" + damaged.getMessage() + ")");
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            if (!digest.equals(table.sha256()) || counted.count != table.rawBytes()) {
                throw corruptFile(stored.manifest(), table, "its SHA-256 is " + digest + ", the manifest says "
                        + table.sha256());
            }
            if (rows != table.rows()) {
                throw corruptFile(stored.manifest(), table, "it holds " + rows + " row(s), the manifest says " + table.rows());
            }
        }
        return rows;
    }

    private static BackupException corrupt(BackupManifest manifest, String what) {
        return new BackupException(BackupErrorCode.CORRUPT, "the manifest of backup " + manifest.id() + " " + what
                + "; it was changed after it was written: nothing was restored", null);
    }

    private static BackupException corruptFile(BackupManifest manifest, BackupTable table, String why) {
        return new BackupException(BackupErrorCode.CORRUPT, "file " + table.file() + " of backup " + manifest.id()
                + " (table " + table.name() + ") is corrupt: " + why + "; nothing was restored. Restore another"
                + " backup" + (manifest.restorePoint() == null ? ""
                : ", or recover the server to restore point " + manifest.restorePoint()), null);
    }

    /** Counts the bytes read. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
