package io.facadeswitch.drift;

import io.facadeswitch.OperatorText;
import io.facadeswitch.facade.SqlStatement;
import io.facadeswitch.facade.SqlStatements;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * A facade object that differs between the database and the facade's source files, to be written
 * back into them.
 *
 * @param objectKind {@code view}, {@code materialized view}, {@code function}, {@code procedure},
 *                   {@code aggregate} or {@code type}
 * @param identity   its name as PostgreSQL prints it (quoted only where needed), for a routine with
 *                   its argument types: {@code place_order(bigint, jsonb)}
 * @param kind       how it differs
 * @param definition the complete CREATE statement now on the database, without a closing semicolon
 *                   (one is tolerated and dropped); null for {@link DriftKind#REMOVED}
 */
public record FacadeChange(String objectKind, String identity, DriftKind kind, @Nullable String definition) {

    /**
     * @throws IllegalArgumentException when the kind or identity is not one drift writes back, or
     *                                  the definition is not one CREATE statement of this object
     */
    public FacadeChange {
        Objects.requireNonNull(objectKind, "objectKind");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(kind, "kind");
        ObjectHeader object = ObjectHeader.named(objectKind, identity);
        if (kind != DriftKind.REMOVED) {
            definition = checkedDefinition(object, objectKind + " " + identity, definition);
        }
    }

    /** The object, parsed from the kind and identity. */
    ObjectHeader object() {
        return ObjectHeader.named(objectKind, identity);
    }

    /** How notes name it: {@code view order_summary}. */
    String described() {
        return objectKind + " " + identity;
    }

    private static String checkedDefinition(ObjectHeader object, String described, @Nullable String definition) {
        if (definition == null || definition.isBlank()) {
            throw new IllegalArgumentException(described + ": an added or changed object needs its definition, the CREATE"
                    + " statement now on the database");
        }
        String trimmed = definition.strip();
        if (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        }
        List<SqlStatement> statements = SqlStatements.split(trimmed);
        if (statements.size() != 1 || !statements.get(0).startsWith("CREATE")) {
            throw new IllegalArgumentException(described + ": the definition must be one statement starting with CREATE,"
                    + " not '" + OperatorText.shown(trimmed.lines().findFirst().orElse("")) + "'");
        }
        ObjectHeader created = ObjectHeader.created(trimmed).orElse(null);
        if (created == null || !created.kind().equals(object.kind()) || !created.name().equals(object.name())) {
            throw new IllegalArgumentException(described + ": the definition creates "
                    + (created == null ? "something else" : created.kind() + " " + created.name())
                    + "; give the CREATE statement of this " + object.kind());
        }
        return trimmed;
    }
}
