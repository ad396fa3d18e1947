package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.backup.BackupList;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import io.micronaut.serde.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * migrate-core, backups and restore as a pipeline and an operator use them. The build points
 * facade.backup.folder at target/test-backups; each test's database has backups of its own there.
 */
class BackupCommandsTest {

    private static final Path FOLDER = Path.of(System.getProperty("facade.backup.folder", "backups"));

    private TestDatabase db;
    private Path core;

    @BeforeEach
    void migrated() {
        db = TestPostgres.newDatabase();
        core = Fixtures.copy(Fixtures.CORE);
        CliRun first = CliRun.onDatabase(db, "migrate-core", "--core-schema", core.toString());
        assertThat(first.status()).as(first.err()).isZero();
    }

    private CliRun migrate(String id, String change) {
        Fixtures.addCoreChange(core, id + ".xml", Fixtures.changelog("<changeSet id=\"" + id + "\" author=\"test\">"
                + change + "</changeSet>"));
        return CliRun.onDatabase(db, "migrate-core", "--core-schema", core.toString());
    }

    @Test
    void migrateCoreNamesItsBackupAndBackupsJsonListsItNewestFirst() throws Exception {
        CliRun first = migrate("920-drop-created", "<dropColumn tableName=\"customer\" columnName=\"created_at\"/>");
        CliRun second = migrate("921-drop-active", "<dropColumn tableName=\"product\" columnName=\"active\"/>");
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(first.out()).containsPattern("backup \\d{8}-\\d{6}-[0-9a-f]{4} in .*: copied customer; restore point"
                + " facade_switch_");

        CliRun json = CliRun.onDatabase(db, "backups", "--json");

        assertThat(json.status()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("{\"folder\":").contains("\"backups\":[{\"id\":\"");
        BackupList list = ObjectMapper.getDefault().readValue(json.out(), BackupList.class);
        assertThat(list.backups()).hasSize(2);
        assertThat(list.backups().get(0).tables()).extracting(BackupList.Table::name).containsExactly("product");
        assertThat(list.backups().get(1).tables()).singleElement().satisfies(table -> {
            assertThat(table.name()).isEqualTo("customer");
            assertThat(table.rows()).isZero();
            assertThat(table.bytes()).isPositive();
        });
        assertThat(list.backups().get(0).restorePoint()).isEqualTo("facade_switch_" + list.backups().get(0).id());
        assertThat(CliRun.onDatabase(db, "backups").out()).contains(list.backups().get(0).id())
                .contains("product: 0 row(s)");
    }

    @Test
    void migrateCoreSaysWhenThereIsNothingToProtect() {
        CliRun run = migrate("922-coupon", "<createTable tableName=\"coupon\"><column name=\"code\" type=\"text\"/>"
                + "</createTable>");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("backup: nothing to protect");
    }

    @Test
    void restoreLoadsABackupIntoAnEmptyDatabaseAndRefusesOneThatIsNotEmpty() throws Exception {
        db.execute("INSERT INTO core.customer (email, full_name) VALUES ('ada@example.org', 'Ada')");
        migrate("923-drop-name", "<dropColumn tableName=\"customer\" columnName=\"full_name\"/>");
        String id = ObjectMapper.getDefault().readValue(CliRun.onDatabase(db, "backups", "--json").out(),
                BackupList.class).backups().get(0).id();
        TestDatabase inspection = TestPostgres.newDatabase();

        CliRun restored = CliRun.of(List.of("restore", "--backup", id, "--into", inspection.url(),
                "--into-user", inspection.user(), "--backup-folder", FOLDER.toString()));
        CliRun again = CliRun.of(List.of("restore", "--backup", id, "--into", inspection.url(),
                "--into-user", inspection.user(), "--backup-folder", FOLDER.toString(), "--json"));

        assertThat(restored.status()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("restored backup " + id).contains("core.customer: 1 row(s)");
        assertThat(inspection.value("SELECT full_name FROM core.customer")).isEqualTo("Ada");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.out()).contains("\"code\":\"RESTORE_TARGET_NOT_EMPTY\"");
        assertThat(again.err()).contains("is not empty").contains("core.customer");
    }

    @Test
    void restoreRefusesAPasswordInTheIntoUrlAndSaysToUseTheVariable() {
        for (String url : List.of("jdbc:postgresql://db:5432/app_restore?user=x&password=secret",
                "jdbc:postgresql://x:secret@db:5432/app_restore")) {
            CliRun run = CliRun.of(List.of("restore", "--backup", "20260101-000000-abcd", "--into", url,
                    "--backup-folder", FOLDER.toString()));

            assertThat(run.status()).as(url).isEqualTo(2);
            assertThat(run.err()).contains("--into holds a password").contains("FACADE_RESTORE_PASSWORD")
                    .doesNotContain("secret");
        }
    }
}
