package io.facadeswitch.core;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * The changesets of a core changelog folder, read without a database, as {@code id::author::file}
 * as Liquibase records them in {@code databasechangelog}: what {@code envs} compares each
 * environment's history with to count what is pending there.
 */
public final class ChangelogIds {

    private ChangelogIds() {
    }

    public static Set<String> read(Path coreFolder) {
        CoreMigrator.checkFolder(coreFolder);
        try {
            return Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                ResourceAccessor accessor = new DirectoryResourceAccessor(coreFolder);
                DatabaseChangeLog changelog = ChangeLogParserFactory.getInstance()
                        .getParser(CoreMigrator.CHANGELOG, accessor)
                        .parse(CoreMigrator.CHANGELOG, new ChangeLogParameters(), accessor);
                Set<String> ids = new LinkedHashSet<>();
                for (ChangeSet changeSet : changelog.getChangeSets()) {
                    ids.add(changeSet.getId() + "::" + changeSet.getAuthor() + "::" + changeSet.getFilePath());
                }
                return ids;
            });
        } catch (Exception e) {
            throw new MigrationException(MigrationErrorCode.CHANGELOG_UNREADABLE, "could not read the core changelog in "
                    + coreFolder + ": " + e.getMessage(), e);
        }
    }
}
