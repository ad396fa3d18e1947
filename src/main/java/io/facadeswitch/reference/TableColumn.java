package io.facadeswitch.reference;

/**
 * One column of a reference table as the catalog has it.
 *
 * @param type           the type as {@code format_type} spells it, for messages
 * @param generated      a stored generated column: the database computes it, nothing may write it
 * @param identityAlways an identity {@code GENERATED ALWAYS}: written only with {@code OVERRIDING SYSTEM VALUE}
 * @param hasDefault     the database fills it when a row is inserted without it
 */
record TableColumn(String name, String type, boolean generated, boolean identityAlways, boolean hasDefault,
                   boolean notNull) {

    /** The column's name as SQL text; it comes from the catalog, so quoting it is enough. */
    String quoted() {
        return quote(name);
    }

    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
