package io.facadeswitch.facade;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One object of a colour as the catalog describes it.
 *
 * @param kind           view, materialized view, function, procedure, aggregate, type, table, sequence
 * @param identity       its name, with argument types for routines: {@code place_order(bigint, text[])}
 * @param definitionHash SHA-256 of its definition with the schema name taken out
 * @param columns        for views: "name type, ..." in column order; clients that cache prepared statements
 *                       notice when these change
 */
@Serdeable
public record FacadeObject(String kind, String identity, String definitionHash, @Nullable String columns) {

    public String key() {
        return kind + " " + identity;
    }

    boolean holdsData() {
        return kind.equals("table") || kind.equals("sequence");
    }
}
