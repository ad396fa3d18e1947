package io.facadeswitch.facade;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A release's files and object inventory: many rows each, written in JDBC batches. */
final class ReleaseStore {

    private ReleaseStore() {
    }

    static void saveFiles(Connection connection, long releaseId, FacadeRelease release) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO facade_switch.release_files (release_id, path, kind, content) VALUES (?, ?, ?, ?)")) {
            for (FacadeFile file : release.files()) {
                insert.setLong(1, releaseId);
                insert.setString(2, file.path());
                insert.setString(3, file.kind() == FacadeFile.Kind.FACADE ? "facade" : "test");
                insert.setString(4, file.content());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** One statement for the whole inventory: arrays in, rows out. */
    static void saveObjects(Connection connection, long releaseId, List<FacadeObject> objects) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO facade_switch.release_objects"
                + " (release_id, kind, identity, definition_hash, columns)"
                + " SELECT ?, k, i, h, c FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS o (k, i, h, c)")) {
            insert.setLong(1, releaseId);
            insert.setArray(2, connection.createArrayOf("text", objects.stream().map(FacadeObject::kind).toArray()));
            insert.setArray(3, connection.createArrayOf("text", objects.stream().map(FacadeObject::identity).toArray()));
            insert.setArray(4, connection.createArrayOf("text",
                    objects.stream().map(FacadeObject::definitionHash).toArray()));
            insert.setArray(5, connection.createArrayOf("text", objects.stream().map(FacadeObject::columns).toArray()));
            insert.executeUpdate();
        }
    }

    static List<FacadeObject> objects(Connection connection, long releaseId) throws SQLException {
        List<FacadeObject> objects = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT kind, identity, definition_hash, columns"
                + " FROM facade_switch.release_objects WHERE release_id = ? ORDER BY kind, identity")) {
            query.setLong(1, releaseId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    objects.add(new FacadeObject(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4)));
                }
            }
        }
        return objects;
    }

    /** Rebuilds the release as it was deployed, from its stored files. */
    static FacadeRelease release(Connection connection, long releaseId, String releaseName) throws SQLException {
        Map<String, FacadeFile.Kind> kinds = new LinkedHashMap<>();
        Map<String, String> contents = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT path, kind, content FROM facade_switch.release_files WHERE release_id = ?")) {
            query.setLong(1, releaseId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    kinds.put(rows.getString(1), rows.getString(2).equals("facade")
                            ? FacadeFile.Kind.FACADE : FacadeFile.Kind.TEST);
                    contents.put(rows.getString(1), rows.getString(3));
                }
            }
        }
        return FacadeSourceReader.fromStored(releaseName, kinds, contents);
    }
}
