package io.facadeswitch.core;

import io.facadeswitch.Causes;
import io.facadeswitch.db.SqlErrors;

/** What a failed migration tells its operator: the changeset, the SQLSTATE, and what to do. */
final class MigrationFailures {

    private MigrationFailures() {
    }

    /** The migration's error for what Liquibase or the server threw, saying which changeset and what to do. */
    static RuntimeException of(Exception e) {
        if (SqlErrors.isLockTimeout(e)) {
            // SwitchLock retries the whole run with backoff; keep the SQLSTATE visible to it.
            return new MigrationException(MigrationErrorCode.CHANGESET_FAILED, SqlErrors.describe(e), e);
        }
        String state = SqlErrors.sqlState(e);
        String changeset = failedChangeset(e);
        if (SqlErrors.DEPENDENT_OBJECTS_STILL_EXIST.equals(state)) {
            return new MigrationException(MigrationErrorCode.BREAKS_LIVE_COLOUR,
                    "refused: changeset " + changeset + " would break objects of a live colour; nothing was applied: "
                            + SqlErrors.describeWithoutHint(e) + ". Make the change compatible (expand first,"
                            + " contract once no live release needs the old shape), or deploy a release that no longer"
                            + " uses these objects first", e);
        }
        if (state == null) {
            return new MigrationException(MigrationErrorCode.CHANGELOG_UNREADABLE,
                    "could not read the core changelog: " + rootMessage(e) + "; fix it and run migrate-core again", e);
        }
        return new MigrationException(MigrationErrorCode.CHANGESET_FAILED, "changeset " + changeset
                + " failed: " + SqlErrors.describe(e) + " [SQLSTATE " + state + "]; nothing was applied", e);
    }

    private static String failedChangeset(Throwable e) {
        String marker = "Migration failed for changeset ";
        for (Throwable t : Causes.chain(e)) {
            String message = t.getMessage();
            int at = message == null ? -1 : message.indexOf(marker);
            if (at >= 0) {
                String rest = message.substring(at + marker.length()).split("\n", 2)[0].trim();
                return rest.endsWith(":") ? rest.substring(0, rest.length() - 1) : rest;
            }
        }
        return "(unknown)";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = Causes.innermost(e);
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
