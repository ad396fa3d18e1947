package io.facadeswitch.core;

import io.micronaut.serde.annotation.Serdeable;

/** A core changeset that has not run yet. */
@Serdeable
public record PendingChangeset(String file, String id, String author, String description) {

    @Override
    public String toString() {
        return file + "::" + id + "::" + author;
    }
}
