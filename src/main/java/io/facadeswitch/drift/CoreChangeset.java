package io.facadeswitch.drift;

import java.nio.file.Path;

/**
 * A changeset that {@code drift capture} wrote for core DDL run straight on a database.
 *
 * @param file         the changeset file written
 * @param relativePath its path relative to the master changelog, which Liquibase records as the
 *                     changeset's file: {@code changes/007-drift-<id>.sql}
 * @param label        the Liquibase label it carries, {@code drift-<id>}
 */
public record CoreChangeset(Path file, String relativePath, String id, String author, String label) {
}
