package io.facadeswitch.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.core.MigrationErrorCode;
import io.facadeswitch.core.MigrationException;
import io.facadeswitch.core.MigrationOutcome;
import io.facadeswitch.environment.CurrentEnvironment;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups before core migrations, against a real PostgreSQL: taken, refused, retained and restored. */
class BackupTest extends SwitchTestBase {

    private static final String CUSTOMERS = "SELECT id || '|' || email || '|' || full_name || '|' || created_at || '|'"
            + " || coalesce(nickname, '-') FROM core.customer ORDER BY id";

    @TempDir
    Path temp;

    private Path folder;
    private Path core;

    @Override
    protected Map<String, Object> settings() {
        folder = temp.resolve("backups");
        return Map.of("facade.backup.folder", folder.toString());
    }

    @BeforeEach
    void customersWithNicknames() throws Exception {
        core = Fixtures.copy(Fixtures.CORE);
        change("910-nickname", "<addColumn tableName=\"customer\"><column name=\"nickname\" type=\"text\"/></addColumn>");
        migrator().migrate(core, "tester");
        db.execute("INSERT INTO core.customer (email, full_name, nickname) VALUES ('ada@example.org', 'Ada Lovelace',"
                        + " 'ada'), ('alan@example.org', 'Alan Turing', NULL), ('grace@example.org', 'Grace Hopper',"
                        + " 'amazing \"grace\"\t\\ tab')");
    }

    private void change(String id, String xml) {
        Fixtures.addCoreChange(core, id + ".xml", Fixtures.changelog("<changeSet id=\"" + id + "\" author=\"test\">" + xml
                + "</changeSet>"));
    }

    private MigrationOutcome dropNickname() {
        change("911-drop-nickname", "<dropColumn tableName=\"customer\" columnName=\"nickname\"/>");
        return migrator().migrate(core, "tester");
    }

    /** Restarts the services on the same database with more settings. */
    private void restartWith(Map<String, Object> extra) {
        context.close();
        Map<String, Object> properties = new HashMap<>(Map.of("facade.app-roles", List.of(appRole),
                "facade.owner-role", db.name() + "_owner", "facade.backup.folder", folder.toString()));
        properties.putAll(extra);
        context = db.start(properties);
    }

    private String nicknameColumns() throws Exception {
        return db.value("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'core'"
                + " AND table_name = 'customer' AND column_name = 'nickname'");
    }

    @Test
    void aDroppedColumnsValuesComeBackWhenItsBackupIsRestoredIntoANewDatabase() throws Exception {
        List<String> before = db.column(CUSTOMERS);

        MigrationOutcome outcome = dropNickname();
        TestDatabase inspection = TestPostgres.newDatabase();
        BackupRestore.Restored restored = BackupRestore.restore(folder, outcome.backup().id(), inspection.settings());

        assertThat(outcome.backup().status()).isEqualTo(BackupSummary.TAKEN);
        assertThat(outcome.backup().tables()).containsExactly("customer");
        assertThat(outcome.backup().restorePoint()).isEqualTo("facade_switch_" + outcome.backup().id());
        assertThat(nicknameColumns()).isEqualTo("0");
        assertThat(restored.tables()).containsExactly("core.customer: 3 row(s)");
        assertThat(inspection.column(CUSTOMERS)).isEqualTo(before);
        assertThat(inspection.value("SELECT count(*) FROM pg_constraint WHERE conrelid = 'core.customer'::regclass"
                + " AND contype = 'p'")).isEqualTo("1");
    }

    @Test
    void aBackupTakenWithReferenceRowsUpdatedInTheSameMigrationIsKeptAndRestores() throws Exception {
        List<String> before = db.column(CUSTOMERS);
        Path statuses = core.resolve("reference-data/order_status.csv");
        Files.writeString(statuses, Files.readString(statuses).replace("Payment received", "Payment captured"));

        MigrationOutcome outcome = dropNickname();
        TestDatabase inspection = TestPostgres.newDatabase();
        BackupRestore.Restored restored = BackupRestore.restore(folder, outcome.backup().id(), inspection.settings());

        assertThat(outcome.backup().warnings()).anySatisfy(w -> assertThat(w).contains("order_status"));
        assertThat(backupsOnDisk()).contains(outcome.backup().id());
        assertThat(restored.tables()).containsExactly("core.customer: 3 row(s)");
        assertThat(inspection.column(CUSTOMERS)).isEqualTo(before);
    }

    @Test
    void aBackupIsKeptWhenTheConnectionBreaksDuringTheCommitSinceWhetherItCommittedIsUnknown() throws Exception {
        db.execute("""
                CREATE FUNCTION core.die_at_commit() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$;
                CREATE CONSTRAINT TRIGGER die_at_commit AFTER INSERT ON core.databasechangelog
                  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION core.die_at_commit()""");
        List<String> before = backupsOnDisk();

        assertThatThrownBy(this::dropNickname).isInstanceOf(RuntimeException.class);

        assertThat(backupsOnDisk()).hasSize(before.size() + 1);
    }

    @Test
    void aBackupThatCannotBeWrittenBlocksTheMigrationAndNothingIsApplied() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("a-file"), "x");
        restartWith(Map.of("facade.backup.folder", notAFolder.resolve("backups").toString()));
        String ran = db.value("SELECT count(*) FROM core.databasechangelog");

        assertThatThrownBy(this::dropNickname)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.reason()).isEqualTo(MigrationErrorCode.BACKUP_FAILED))
                .hasMessageContaining("a-file")
                .hasMessageContaining("nothing was migrated")
                .hasMessageContaining("backup: optional");

        assertThat(nicknameColumns()).isEqualTo("1");
        assertThat(db.value("SELECT count(*) FROM core.databasechangelog")).isEqualTo(ran);
    }

    @Test
    void anEnvironmentWithBackupOptionalTakesAFailingBackupAsAWarningAndMigrates() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("a-file"), "x");
        Path environments = Files.writeString(temp.resolve("facade-switch.yaml"), """
                environments:
                  - name: test
                    db-url: %s
                    backup: optional
                """.formatted(db.url()));
        restartWith(Map.of("facade.backup.folder", notAFolder.resolve("backups").toString(),
                CurrentEnvironment.NAME, "test", CurrentEnvironment.CONFIG, environments.toString()));

        MigrationOutcome outcome = dropNickname();

        assertThat(outcome.backup().status()).isEqualTo(BackupSummary.FAILED);
        assertThat(outcome.backup().warnings()).anySatisfy(w -> assertThat(w).contains("the backup failed")
                .contains("backup is optional"));
        assertThat(nicknameColumns()).isEqualTo("0");
    }

    @Test
    void onlyANewTableNeedsNoCopyButGetsARestorePointAndSaysSo() throws Exception {
        change("912-new-table", "<createTable tableName=\"coupon\"><column name=\"code\" type=\"text\"/></createTable>");

        MigrationOutcome outcome = migrator().migrate(core, "tester");

        assertThat(outcome.backup().status()).isEqualTo(BackupSummary.NOTHING_TO_PROTECT);
        assertThat(outcome.backup().restorePoint()).startsWith("facade_switch_");
        assertThat(outcome.backup().describe()).contains("nothing to protect").contains(outcome.backup().restorePoint());
        assertThat(backupsOnDisk()).isEmpty();
    }

    @Test
    void anAddedColumnLosesNothingSoItsTableIsNotCopied() throws Exception {
        change("912-phone", "<addColumn tableName=\"customer\"><column name=\"phone\" type=\"text\"/></addColumn>");

        MigrationOutcome outcome = migrator().migrate(core, "tester");

        assertThat(outcome.backup().status()).isEqualTo(BackupSummary.NOTHING_TO_PROTECT);
        assertThat(backupsOnDisk()).isEmpty();
    }

    @Test
    void aDeleteCopiesTheTablesItsForeignKeyCascadesInto() throws Exception {
        db.execute("CREATE TABLE core.customer_tag (customer_id bigint REFERENCES core.customer (id) ON DELETE CASCADE,"
                + " tag text); INSERT INTO core.customer_tag SELECT id, 'vip' FROM core.customer");
        change("912-forget-ada", "<sql>DELETE FROM customer WHERE email = 'ada@example.org'</sql>");

        MigrationOutcome outcome = migrator().migrate(core, "tester");

        assertThat(outcome.backup().tables()).containsExactlyInAnyOrder("customer", "customer_tag");
        assertThat(manifest(outcome.backup().id())).contains("changed through its foreign key");
    }

    @Test
    void aTruncatedPartitionOfACoreTableIsCopiedFromThatPartition() throws Exception {
        db.execute("CREATE TABLE core.event (at date NOT NULL, what text) PARTITION BY RANGE (at);"
                + " CREATE TABLE core.event_2025 PARTITION OF core.event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"
                + " CREATE TABLE core.event_2026 PARTITION OF core.event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');"
                + " INSERT INTO core.event VALUES ('2025-03-01', 'old'), ('2026-03-01', 'new')");
        change("912-forget-2025", "<sql>TRUNCATE core.event_2025</sql>");

        MigrationOutcome outcome = migrator().migrate(core, "tester");
        TestDatabase inspection = TestPostgres.newDatabase();
        BackupRestore.Restored restored = BackupRestore.restore(folder, outcome.backup().id(), inspection.settings());

        assertThat(outcome.backup().tables()).containsExactly("event_2025");
        assertThat(restored.tables()).containsExactly("core.event_2025: 1 row(s)");
    }

    @Test
    void onlyInsertedReferenceRowsNeedNoBackup() throws Exception {
        Fixtures.append(core.resolve("reference-data/order_status.csv"), "RETURNED,Sent back by the customer,true\n");

        MigrationOutcome outcome = migrator().migrate(core, "tester");

        assertThat(outcome.backup().status()).isEqualTo(BackupSummary.NOTHING_TO_PROTECT);
        assertThat(outcome.backup().warnings()).isEmpty();
        assertThat(backupsOnDisk()).isEmpty();
    }

    @Test
    void theBackupOfAMigrationThatIsRefusedIsDeletedSinceTheDatabaseStillHoldsWhatItSaved() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        List<String> before = backupsOnDisk();
        Fixtures.addCoreChange(core, "900-drop.xml", Fixtures.read(Fixtures.CORE_CHANGES.resolve("drop-used-column.xml")));

        assertThatThrownBy(() -> migrator().migrate(core, "tester"))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.reason()).isEqualTo(MigrationErrorCode.BREAKS_LIVE_COLOUR));

        assertThat(backupsOnDisk()).isEqualTo(before);
    }

    @Test
    void retentionKeepsTheConfiguredNumberOfTheNewestBackups() throws Exception {
        restartWith(Map.of("facade.backup.keep", "2"));
        for (int i = 0; i < 3; i++) {
            change("913-width-" + i, "<modifyDataType tableName=\"customer\" columnName=\"nickname\" newDataType=\"varchar("
                    + (100 + i) + ")\"/>");
            migrator().migrate(core, "tester");
        }

        List<String> kept = backupsOnDisk();
        assertThat(kept).hasSize(2);
        assertThat(kept).allSatisfy(id -> assertThat(manifest(id)).contains("913-width-"))
                .noneSatisfy(id -> assertThat(manifest(id)).contains("913-width-0"));
    }

    @Test
    void backupsOlderThanMaxAgeAreDeletedWithinKeepButTheNewestIsAlwaysKept() throws Exception {
        restartWith(Map.of("facade.backup.keep", "10", "facade.backup.max-age", "1ms"));
        String first = dropNickname().backup().id();
        change("912-width", "<modifyDataType tableName=\"customer\" columnName=\"email\" newDataType=\"varchar(400)\"/>");
        Thread.sleep(5);

        String second = migrator().migrate(core, "tester").backup().id();

        assertThat(backupsOnDisk()).containsExactly(second).doesNotContain(first);
    }

    @Test
    void aColumnTypeIsRestoredAsTheServerSpellsItNeverAsTheManifestWritesIt() throws Exception {
        String id = dropNickname().backup().id();
        Path manifest = folder.resolve(id).resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"type\":\"text\"", "\"type\":\"text --\""));
        TestDatabase inspection = TestPostgres.newDatabase();

        BackupRestore.restore(folder, id, inspection.settings());

        String types = "SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum)"
                + " FROM pg_attribute WHERE attrelid = 'core.customer'::regclass AND attnum > 0 AND NOT attisdropped";
        assertThat(inspection.value(types)).isEqualTo(db.value(types) + ", nickname text");
    }

    @Test
    void aRestoreIntoADatabaseThatIsNotEmptyIsRefused() throws Exception {
        String id = dropNickname().backup().id();
        TestDatabase used = TestPostgres.newDatabase();
        used.execute("CREATE TABLE public.precious (id int)");

        assertThatThrownBy(() -> BackupRestore.restore(folder, id, used.settings()))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupErrorCode.TARGET_NOT_EMPTY))
                .hasMessageContaining("public.precious");
        assertThat(used.value("SELECT count(*) FROM pg_namespace WHERE nspname = 'core'")).isEqualTo("0");
    }

    @Test
    void aRestoreIntoTheDatabaseTheBackupCameFromIsRefused() {
        String id = dropNickname().backup().id();

        assertThatThrownBy(() -> BackupRestore.restore(folder, id, db.settings()))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupErrorCode.SAME_DATABASE));
    }

    @Test
    void aTamperedBackupFileIsCaughtByItsChecksumAndNothingIsRestored() throws Exception {
        String id = dropNickname().backup().id();
        Path file;
        try (Stream<Path> files = Files.list(folder.resolve(id))) {
            file = files.filter(f -> f.toString().endsWith(".copy.gz")).findFirst().orElseThrow();
        }
        String rows;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream tampered = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(tampered)) {
            out.write(rows.replace("Alan Turing", "Alan Turinq").getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, tampered.toByteArray());
        TestDatabase inspection = TestPostgres.newDatabase();

        assertThatThrownBy(() -> BackupRestore.restore(folder, id, inspection.settings()))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupErrorCode.CORRUPT))
                .hasMessageContaining(file.getFileName().toString())
                .hasMessageContaining("SHA-256");
        assertThat(inspection.value("SELECT count(*) FROM pg_namespace WHERE nspname = 'core'")).isEqualTo("0");
    }

    @Test
    void aTableOverTheSizeLimitIsRefusedWhenTheServerArchivesNoWalSinceItsRestorePointCannotBeRecoveredTo()
            throws Exception {
        assertThat(db.value("SHOW archive_mode")).as("the test server archives no WAL").isEqualTo("off");
        restartWith(Map.of("facade.backup.max-table-size", "1kB"));

        assertThatThrownBy(this::dropNickname)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.reason()).isEqualTo(MigrationErrorCode.BACKUP_FAILED))
                .hasMessageContaining("customer").hasMessageContaining("max-table-size (1kB)")
                .hasMessageContaining("archives no WAL").hasMessageContaining("archive_mode on");

        assertThat(nicknameColumns()).isEqualTo("1");
    }

    @Test
    void aManifestSaysTheServerArchivesNoWalAndTheSummaryWarnsTheRestorePointCannotBeRecoveredTo() {
        MigrationOutcome outcome = dropNickname();

        assertThat(manifest(outcome.backup().id())).contains("\"walArchiving\":\"off\"");
        assertThat(outcome.backup().warnings()).anySatisfy(w -> assertThat(w).contains(outcome.backup().restorePoint())
                .contains("cannot be recovered to"));
    }

    @Test
    void theAuditEntryOfTheMigrationCarriesTheBackupId() {
        String id = dropNickname().backup().id();

        assertThat(audit().all()).last().satisfies(entry -> assertThat(entry.after()).containsPattern(
                "\"backup\": ?\"" + id + "\""));
    }

    @Test
    void aPlanSaysWhatABackupWouldProtectAndWritesNothing() throws Exception {
        change("911-drop-nickname", "<dropColumn tableName=\"customer\" columnName=\"nickname\"/>");
        List<String> before = backupsOnDisk();

        MigrationOutcome rehearsed = migrator().rehearse(core);

        assertThat(rehearsed.backup().status()).isEqualTo(BackupSummary.PLANNED);
        assertThat(rehearsed.backup().tables()).containsExactly("customer");
        assertThat(backupsOnDisk()).isEqualTo(before);
    }

    private List<String> backupsOnDisk() throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String manifest(String id) {
        return Fixtures.read(folder.resolve(id).resolve("manifest.json"));
    }
}
