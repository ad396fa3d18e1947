package io.facadeswitch.core;

import io.micronaut.serde.annotation.Serdeable;
import liquibase.changelog.ChangeSet;

/** A core changeset that has not run yet. */
@Serdeable
public record PendingChangeset(String file, String id, String author, String description) {

    static PendingChangeset of(ChangeSet changeSet) {
        return new PendingChangeset(changeSet.getFilePath(), changeSet.getId(), changeSet.getAuthor(),
                changeSet.getDescription());
    }

    @Override
    public String toString() {
        return file + "::" + id + "::" + author;
    }
}
