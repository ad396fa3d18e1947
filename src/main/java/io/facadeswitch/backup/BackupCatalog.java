package io.facadeswitch.backup;

import io.facadeswitch.db.DatabaseErrorCode;
import io.facadeswitch.db.DatabaseException;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.environment.CurrentEnvironment;
import io.facadeswitch.environment.Environment;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The backups of the database this process works on, read from the backup folder. */
@Singleton
public final class BackupCatalog {

    private final BackupSettings settings;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final CurrentEnvironment environment;

    BackupCatalog(BackupSettings settings, DataSource dataSource, ObjectMapper json, CurrentEnvironment environment) {
        this.settings = settings;
        this.environment = environment;
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.json = json;
    }

    /** This database's backups, newest first; those of other databases in the same folder are left out. */
    public BackupList list() {
        DatabaseIdentity database;
        try (Connection connection = dataSource.getConnection()) {
            database = DatabaseIdentity.of(connection).in(environment.environment().map(Environment::name).orElse(null));
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseErrorCode.QUERY_FAILED,
                    "could not tell which database this is: " + SqlErrors.describe(e), e);
        }
        return new BackupList(settings.folder().toString(), BackupStore.list(settings.folder(), json).stream()
                .filter(stored -> stored.manifest().database().sameAs(database))
                .map(stored -> BackupList.Entry.of(stored.manifest())).toList());
    }
}
