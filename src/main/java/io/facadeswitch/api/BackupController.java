package io.facadeswitch.api;

import io.facadeswitch.backup.BackupCatalog;
import io.facadeswitch.backup.BackupList;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/** The backups core migrations took; restoring one is the CLI's (it writes to another database). */
@Controller("/api/backups")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
final class BackupController {

    private final BackupCatalog backups;

    BackupController(BackupCatalog backups) {
        this.backups = backups;
    }

    @Get
    @Operation(summary = "This database's backups taken before core migrations, newest first: tables, rows, sizes,"
            + " restore point")
    BackupList list() {
        return backups.list();
    }
}
