package io.facadeswitch.rehearsal;

import io.facadeswitch.FileTrees;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a rehearsal that was killed left behind: a copy database on a shared server, the roles made
 * for it, an embedded server's folder and process. Each carries its maker's host and process id,
 * so the next rehearsal removes only what no running rehearsal still uses.
 */
final class Leftovers {

    static final String DATABASE_PREFIX = "facade_rehearsal_";
    private static final String MARK = "facade-switch rehearsal";
    private static final Pattern DATABASE_MARK = Pattern.compile(MARK + " host=(\\S+) pid=(\\d+) started=(\\S+)");
    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);

    private Leftovers() {
    }

    /** The comment a copy database carries: who made it, when. */
    static String databaseMark(Instant started) {
        return MARK + " host=" + host() + " pid=" + ProcessHandle.current().pid() + " started=" + started;
    }

    /** The comment a role made for copy {@code database} carries. */
    static String roleMark(String database) {
        return MARK + " role for " + database;
    }

    /** Drops the copies (and their roles) on a shared server whose rehearsal is gone; returns their names. */
    static List<String> cleanDatabases(Connection admin, Duration leftoverAge) throws SQLException {
        List<String> dropped = new ArrayList<>();
        try (PreparedStatement query = admin.prepareStatement("SELECT d.datname, s.description FROM pg_database d"
                + " JOIN pg_shdescription s ON s.objoid = d.oid AND s.classoid = 'pg_database'::regclass"
                + " WHERE d.datname LIKE ? AND s.description LIKE ?")) {
            query.setString(1, DATABASE_PREFIX + "%");
            query.setString(2, MARK + " host=%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (abandoned(rows.getString(2), leftoverAge)) {
                        dropped.add(rows.getString(1));
                    }
                }
            }
        }
        for (String database : dropped) {
            dropDatabase(admin, database);
        }
        dropOrphanRoles(admin);
        return dropped;
    }

    static void dropDatabase(Connection admin, String database) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            // The name is ours (DATABASE_PREFIX, digits, underscores); FORCE ends a killed rehearsal's sessions.
            statement.execute("DROP DATABASE IF EXISTS \"" + checkedName(database) + "\" WITH (FORCE)");
        }
    }

    /** Roles made for a copy that is gone; one that still owns something elsewhere stays, with a log line. */
    static void dropOrphanRoles(Connection admin) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (PreparedStatement query = admin.prepareStatement("SELECT r.rolname FROM pg_roles r"
                + " JOIN pg_shdescription s ON s.objoid = r.oid AND s.classoid = 'pg_authid'::regclass"
                + " WHERE s.description LIKE ? AND NOT EXISTS (SELECT 1 FROM pg_database d"
                + " WHERE s.description = ? || ' role for ' || d.datname)")) {
            query.setString(1, MARK + " role for %");
            query.setString(2, MARK);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
            }
        }
        for (String role : roles) {
            try (PreparedStatement drop = admin.prepareStatement("SELECT format('DROP ROLE IF EXISTS %I', ?::text)")) {
                drop.setString(1, role);
                try (ResultSet sql = drop.executeQuery(); Statement statement = admin.createStatement()) {
                    sql.next();
                    statement.execute(sql.getString(1));
                }
            } catch (SQLException e) {
                LOG.info("kept role {}, made for a rehearsal copy that is gone: {}", role, e.getMessage());
            }
        }
    }

    /** Stops and deletes embedded rehearsal servers whose process is gone; returns their folders. */
    static List<Path> cleanEmbedded(Path temporary) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(temporary)) {
            return removed;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temporary, EmbeddedServer.FOLDER_PREFIX + "*")) {
            for (Path folder : folders) {
                Optional<long[]> owner = ownerOf(folder.getFileName().toString());
                if (owner.isPresent() && !alive(owner.get()[0], Instant.ofEpochMilli(owner.get()[1]))
                        && stopPostmaster(folder)) {
                    FileTrees.deleteQuietly(folder);
                    removed.add(folder);
                }
            }
        } catch (IOException e) {
            LOG.info("could not look for left-over rehearsal servers in {}: {}", temporary, e.getMessage());
        }
        return removed;
    }

    private static boolean abandoned(String mark, Duration leftoverAge) {
        Matcher matcher = DATABASE_MARK.matcher(mark);
        if (!matcher.matches()) {
            return false;
        }
        Instant started;
        try {
            started = Instant.parse(matcher.group(3));
        } catch (DateTimeParseException e) {
            return false;
        }
        if (matcher.group(1).equals(host())) {
            return !alive(Long.parseLong(matcher.group(2)), started);
        }
        return started.plus(leftoverAge).isBefore(Instant.now());
    }

    /** The process id and start (epoch millis) in {@code facade-switch-rehearsal-<pid>-<millis>}. */
    private static Optional<long[]> ownerOf(String folderName) {
        String[] parts = folderName.substring(EmbeddedServer.FOLDER_PREFIX.length()).split("-");
        try {
            return parts.length == 2 ? Optional.of(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])})
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops the server a left-over folder's {@code postmaster.pid} names, when that process is a
     * postgres serving this very folder (after a reboot the number may be anyone's); whether the
     * folder may go.
     */
    private static boolean stopPostmaster(Path folder) {
        Path pidFile = folder.resolve("data").resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return true;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty()) {
                return true;
            }
            boolean ours = process.get().info().arguments().map(arguments -> String.join(" ", arguments)
                    .contains(folder.resolve("data").toString())).orElse(false);
            if (!ours) {
                LOG.info("left {} alone: process {} of its postmaster.pid is not a server of that folder", folder, pid);
                return false;
            }
            process.get().destroy(); // SIGTERM: its clients are gone with the rehearsal
            process.get().onExit().get(10, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            LOG.info("could not stop the left-over rehearsal server of {}: {}", folder, e.toString());
            return false;
        }
    }

    /**
     * Whether the process that made something at {@code made} still runs: alive, and started no
     * later than that (a process started since only reuses the number).
     */
    private static boolean alive(long pid, Instant made) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> p.info().startInstant().map(start -> !start.isAfter(made.plusSeconds(1))).orElse(true))
                .orElse(false);
    }

    private static String checkedName(String database) {
        if (!database.matches(DATABASE_PREFIX + "[a-z0-9_]{1,40}")) {
            throw new IllegalArgumentException("not a rehearsal copy's name: " + database);
        }
        return database;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName().replaceAll("\\s", "_");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
