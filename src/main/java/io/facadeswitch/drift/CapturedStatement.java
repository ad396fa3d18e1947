package io.facadeswitch.drift;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A DDL command the capture recorded: who ran it, from where, when, and the statement.
 *
 * @param sessionUser the role that logged in
 * @param currentUser the role it ran as (after SET ROLE)
 * @param statement   the whole statement text the client sent (several commands, when it sent several)
 */
@Serdeable
public record CapturedStatement(long id, String capturedAt, String sessionUser, String currentUser,
                                @Nullable String applicationName, @Nullable String clientAddr, String commandTag,
                                String statement) {

    /** "dba (as owner) via psql from 10.0.0.7 at 2026-12-02 18:04:05+00". */
    public String author() {
        return sessionUser + (currentUser.equals(sessionUser) ? "" : " (as " + currentUser + ")")
                + (applicationName == null || applicationName.isEmpty() ? "" : " via " + applicationName)
                + (clientAddr == null ? "" : " from " + clientAddr) + " at " + capturedAt;
    }
}
