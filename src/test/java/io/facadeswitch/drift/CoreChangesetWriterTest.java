package io.facadeswitch.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreChangesetWriterTest {

    private static final String INDEX = "CREATE INDEX customer_order_placed_at_idx ON customer_order (placed_at)";
    private static final String ID = "20261202-1830";

    @TempDir
    Path folder;

    @Test
    void theChangesetIsNumberedAfterTheLastChangeAndIncludedLastInTheExampleChangelog() throws IOException {
        Path core = Fixtures.copy(Fixtures.CORE);
        String changelog = Files.readString(core.resolve("changelog.xml"));
        String lastInclude = "    <include file=\"changes/006-order-status-transition.xml\" relativeToChangelogFile=\"true\"/>\n";

        CoreChangeset written = CoreChangesetWriter.write(core, core, ID, List.of(INDEX),
                List.of("run by alice (psql) from 10.0.0.7 at 2026-12-02 18:30:04+00", "original statement:\n" + INDEX + ";"));

        assertThat(written).isEqualTo(new CoreChangeset(core.resolve("changes/007-drift-20261202-1830.sql"),
                "changes/007-drift-20261202-1830.sql", ID, "facade-switch-drift", "drift-20261202-1830"));
        assertThat(Files.readString(written.file())).isEqualTo("""
                --liquibase formatted sql

                -- Captured from the database by facade-switch drift capture: review before committing.
                -- run by alice (psql) from 10.0.0.7 at 2026-12-02 18:30:04+00
                -- original statement:
                -- %s;
                --changeset facade-switch-drift:20261202-1830 labels:drift-20261202-1830
                %s;
                """.formatted(INDEX, INDEX));
        assertThat(Files.readString(core.resolve("changelog.xml"))).isEqualTo(changelog.replace(lastInclude,
                lastInclude + "    <include file=\"changes/007-drift-20261202-1830.sql\" relativeToChangelogFile=\"true\"/>\n"));
    }

    @Test
    void liquibaseReadsTheIncludedChangesetWithItsIdAuthorLabelAndPath() throws Exception {
        Path core = Fixtures.copy(Fixtures.CORE);

        CoreChangeset written = CoreChangesetWriter.write(core, core, ID, List.of(INDEX, "ANALYZE customer_order"), List.of("by alice"));

        ChangeSet changeSet = lastChangeSet(core);
        assertThat(changeSet.getId()).isEqualTo(ID);
        assertThat(changeSet.getAuthor()).isEqualTo(written.author());
        assertThat(changeSet.getLabels().getLabels()).containsExactly(written.label());
        assertThat(changeSet.getFilePath()).isEqualTo(written.relativePath());
        assertThat(((RawSQLChange) changeSet.getChanges().get(0)).getSql()).contains(INDEX + ";", "ANALYZE customer_order;");
    }

    @Test
    void aStatementWithSemicolonsInsideIsSentUnsplitBecauseLiquibaseWouldCutItsBody() throws Exception {
        Path core = Fixtures.copy(Fixtures.CORE);
        String function = "CREATE FUNCTION core.touch() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.placed_at := now();\n"
                + "  RETURN NEW;\nEND;\n$$";

        CoreChangesetWriter.write(core, core, ID, List.of(function), List.of());

        RawSQLChange change = (RawSQLChange) lastChangeSet(core).getChanges().get(0);
        assertThat(change.isSplitStatements()).isFalse();
        assertThat(change.getSql()).contains(function);
    }

    @Test
    void numberingStartsAtOneWithoutChangesAndSkipsFilesWithoutANumber() throws IOException {
        Files.writeString(folder.resolve("changelog.xml"), Fixtures.changelog(""));

        CoreChangeset first = CoreChangesetWriter.write(folder, folder, "a", List.of(INDEX), List.of());
        Files.writeString(folder.resolve("changes/README.md"), "notes");
        Files.writeString(folder.resolve("changes/041-big.xml"), Fixtures.changelog(""));
        CoreChangeset second = CoreChangesetWriter.write(folder, folder, "b", List.of(INDEX), List.of());

        assertThat(first.relativePath()).isEqualTo("changes/001-drift-a.sql");
        assertThat(second.relativePath()).isEqualTo("changes/042-drift-b.sql");
        assertThat(Files.readString(folder.resolve("changelog.xml"))).endsWith("""
                    <include file="changes/001-drift-a.sql" relativeToChangelogFile="true"/>
                    <include file="changes/042-drift-b.sql" relativeToChangelogFile="true"/>

                </databaseChangeLog>
                """);
    }

    @Test
    void writingToAnotherFolderLeavesTheCoreFolderAsItWas() throws IOException {
        Path core = Fixtures.copy(Fixtures.CORE);
        String changelog = Files.readString(core.resolve("changelog.xml"));
        Path out = folder.resolve("out");

        CoreChangeset written = CoreChangesetWriter.write(core, out, ID, List.of(INDEX), List.of());

        assertThat(written.file()).isEqualTo(out.resolve("changes/007-drift-20261202-1830.sql")).exists();
        assertThat(Files.readString(out.resolve("changelog.xml"))).contains("changes/007-drift-20261202-1830.sql");
        assertThat(Files.readString(core.resolve("changelog.xml"))).isEqualTo(changelog);
        assertThat(core.resolve("changes/007-drift-20261202-1830.sql")).doesNotExist();
    }

    @Test
    void anIdBeyondLettersDigitsUnderscoresAndDashesIsRefused() {
        assertThatThrownBy(() -> CoreChangesetWriter.write(folder, folder, "../x", List.of(INDEX), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid drift changeset id");
    }

    @Test
    void anIdAlreadyCapturedIsRefused() throws IOException {
        Files.writeString(folder.resolve("changelog.xml"), Fixtures.changelog(""));
        CoreChangesetWriter.write(folder, folder, ID, List.of(INDEX), List.of());

        assertThatThrownBy(() -> CoreChangesetWriter.write(folder, folder, ID, List.of(INDEX), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
    }

    @Test
    void aLineLiquibaseWouldReadAsADirectiveIsRefusedInAStatementOrAComment() throws IOException {
        Files.writeString(folder.resolve("changelog.xml"), Fixtures.changelog(""));

        assertThatThrownBy(() -> CoreChangesetWriter.write(folder, folder, ID,
                List.of("CREATE INDEX i ON t (a)\n--changeset evil:1\nDROP TABLE t"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statement 1 has the line '--changeset evil:1'");
        assertThatThrownBy(() -> CoreChangesetWriter.write(folder, folder, ID, List.of(INDEX), List.of("rollback DROP INDEX i")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("formatted-SQL directive");
        assertThat(folder.resolve("changes")).doesNotExist();
    }

    @Test
    void aMasterChangelogWithoutTheXmlClosingTagIsRefusedBeforeAnythingIsWritten() throws IOException {
        Files.writeString(folder.resolve("changelog.xml"), "databaseChangeLog:\n  - include:\n      file: changes/001.yaml\n");

        assertThatThrownBy(() -> CoreChangesetWriter.write(folder, folder, ID, List.of(INDEX), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("include it in the master changelog by hand");
        assertThat(folder.resolve("changes")).doesNotExist();
    }

    /** The last changeset of the folder's master changelog, as Liquibase reads it. */
    private static ChangeSet lastChangeSet(Path core) throws Exception {
        return Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
            ResourceAccessor accessor = new DirectoryResourceAccessor(core);
            DatabaseChangeLog changelog = ChangeLogParserFactory.getInstance().getParser("changelog.xml", accessor)
                    .parse("changelog.xml", new ChangeLogParameters(), accessor);
            List<ChangeSet> changeSets = changelog.getChangeSets();
            return changeSets.get(changeSets.size() - 1);
        });
    }
}
