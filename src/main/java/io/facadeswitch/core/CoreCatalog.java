package io.facadeswitch.core;

import io.facadeswitch.db.Identifiers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the core schema from PostgreSQL's catalog, object by object: tables, columns (type,
 * collation, default, identity, NOT NULL), constraints, indexes, triggers (and whether enabled),
 * sequences, views, routines, types, owners and privileges. Names are read with
 * {@code search_path = pg_catalog, pg_temp}, so they come out schema-qualified wherever the
 * catalog's printers qualify them. Liquibase's own tables, and the privileges the deployer grants
 * each colour's owner role, are the tool's business and left out.
 */
public final class CoreCatalog {

    private static final String QUERY = resource("core-catalog.sql");

    private CoreCatalog() {
    }

    /**
     * Every object of {@code coreSchema}, by {@link CatalogEntry#key()}, sorted.
     *
     * @param toolRoles roles whose privileges are the tool's (the colours' owner roles)
     */
    public static Map<String, CatalogEntry> read(Connection connection, String coreSchema, List<String> toolRoles)
            throws SQLException {
        Identifiers.check(coreSchema, "core schema");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL search_path = pg_catalog, pg_temp");
        }
        Map<String, CatalogEntry> entries = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, coreSchema);
            query.setArray(2, connection.createArrayOf("text", toolRoles.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    CatalogEntry entry = new CatalogEntry(rows.getString(1), rows.getString(2),
                            rows.getString(3) == null ? "" : rows.getString(3));
                    entries.put(entry.key(), entry);
                }
            }
        }
        return entries;
    }

    private static String resource(String name) {
        try (InputStream in = CoreCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
