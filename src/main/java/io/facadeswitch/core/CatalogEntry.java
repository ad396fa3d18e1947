package io.facadeswitch.core;

import io.micronaut.serde.annotation.Serdeable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One object of the core schema as the catalog describes it.
 *
 * @param kind       table, column, constraint, index, trigger, sequence, view, function, type, owner, grant
 * @param identity   its name; {@code table.name} for columns, constraints and triggers; {@code kind name to role}
 *                   for grants, {@code kind name} for owners; routines with their argument types
 * @param definition what it is: a type and default, a constraint or index definition, a role, privileges
 */
@Serdeable
public record CatalogEntry(String kind, String identity, String definition) {

    /** What a missing object's state is recorded as. */
    public static final String ABSENT = "absent";

    /** The kinds a grant or owner entry names before its object, longest first. */
    private static final List<String> OBJECT_KINDS = List.of("materialized view", "foreign table", "procedure",
            "function", "sequence", "schema", "table", "view");

    public String key() {
        return kind + " " + identity;
    }

    /** A short fingerprint of the definition, or {@link #ABSENT} for an object that is not there. */
    public static String state(CatalogEntry entry) {
        if (entry == null) {
            return ABSENT;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(entry.definition().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /**
     * The core table the object belongs to, for telling whether a changeset touches it: the
     * table itself, the part before the dot of a column, constraint or trigger, the table an
     * index is on, the object of a grant or owner.
     */
    public String table() {
        return switch (kind) {
            case "column", "constraint", "trigger" -> identity.substring(0, dotOutsideQuotes(identity));
            case "index" -> indexTable(definition);
            case "grant", "owner" -> {
                String object = withoutKind(identity);
                int to = object.lastIndexOf(" to ");
                yield kind.equals("grant") && to > 0 ? object.substring(0, to) : object;
            }
            default -> identity;
        };
    }

    /** "materialized view mv" → "mv": a grant's or owner's object without the kind it starts with. */
    public static String withoutKind(String identity) {
        for (String kind : OBJECT_KINDS) {
            if (identity.startsWith(kind + " ")) {
                return identity.substring(kind.length() + 1);
            }
        }
        return identity;
    }

    private static String indexTable(String definition) {
        int on = definition.indexOf(" ON ");
        if (on < 0) {
            return "";
        }
        String rest = definition.substring(on + 4);
        if (rest.startsWith("ONLY ")) {
            rest = rest.substring(5);
        }
        String qualified = rest.substring(0, Math.max(0, rest.indexOf(" USING ")));
        int dot = dotOutsideQuotes(qualified);
        return dot < 0 || dot == qualified.length() ? qualified : qualified.substring(dot + 1);
    }

    private static int dotOutsideQuotes(String name) {
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                return i;
            }
        }
        return name.length();
    }
}
