package io.facadeswitch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigrateCoreTest extends SwitchTestBase {

    private Path core;

    @BeforeEach
    void copyCore() {
        core = Fixtures.copy(Fixtures.CORE);
    }

    @Test
    void theExampleCoreMigratesOnceAndThenIsUpToDate() throws Exception {
        assertThat(db.column("SELECT code FROM core.order_status ORDER BY code"))
                .containsExactly("CANCELLED", "DELIVERED", "NEW", "PAID", "SHIPPED");

        MigrationOutcome again = migrator().migrate(core, "tester");

        assertThat(again.applied()).isEmpty();
        assertThat(migrator().pending(core)).isEmpty();
    }

    @Test
    void aCompatibleChangeIsAppliedAndTheLiveColoursAreChecked() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        Fixtures.addCoreChange(core, "901-add-column.xml", Fixtures.read(Fixtures.CORE_CHANGES.resolve("add-column.xml")));

        assertThat(migrator().pending(core)).extracting(PendingChangeset::id).containsExactly("901-add-customer-phone");
        MigrationOutcome outcome = migrator().migrate(core, "tester");

        assertThat(outcome.applied()).extracting(PendingChangeset::id).containsExactly("901-add-customer-phone");
        assertThat(outcome.checkedColours()).containsExactly("blue");
        assertThat(db.value("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_schema = 'core' AND table_name = 'customer' AND column_name = 'phone'")).isEqualTo("1");
        assertThat(audit().all()).last().satisfies(e -> assertThat(e.action()).isEqualTo("migrate-core"));
        assertThat(context.bean(MeterRegistry.class)
                .get("facade_switch_migration_duration").tag("outcome", "applied").timer().count()).isEqualTo(2);
    }

    @Test
    void droppingAColumnALiveViewUsesIsRefusedAndNothingOfTheRunIsApplied() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        List<String> blueBefore = definitions(Colour.BLUE);
        String ranBefore = db.value("SELECT count(*) FROM core.databasechangelog");
        Fixtures.addCoreChange(core, "901-add-column.xml", Fixtures.read(Fixtures.CORE_CHANGES.resolve("add-column.xml")));
        Fixtures.addCoreChange(core, "900-drop.xml", Fixtures.read(Fixtures.CORE_CHANGES.resolve("drop-used-column.xml")));

        assertThatThrownBy(() -> migrator().migrate(core, "tester"))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.reason()).isEqualTo(MigrationErrorCode.BREAKS_LIVE_COLOUR))
                .hasMessageContaining("900-drop-product-name")
                .hasMessageContaining("facade_blue.products");

        assertThat(db.value("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_schema = 'core' AND table_name = 'customer' AND column_name = 'phone'")).isEqualTo("0");
        assertThat(db.value("SELECT count(*) FROM core.databasechangelog")).isEqualTo(ranBefore);
        assertThat(definitions(Colour.BLUE)).isEqualTo(blueBefore);
    }

    @Test
    void aCascadeThatWouldTakeLiveViewsWithItIsRefusedNamingThem() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        Fixtures.addCoreChange(core, "902-cascade.xml", Fixtures.changelog("""
                <changeSet id="902-drop-name-cascade" author="test">
                    <sql>ALTER TABLE product DROP COLUMN name CASCADE</sql>
                </changeSet>"""));

        assertThatThrownBy(() -> migrator().migrate(core, "tester"))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.reason()).isEqualTo(MigrationErrorCode.BREAKS_LIVE_COLOUR))
                .hasMessageContaining("facade_blue: view products")
                .hasMessageContaining("nothing was applied");

        assertThat(db.value("SELECT count(*) FROM pg_views WHERE schemaname = 'facade_blue'"
                + " AND viewname = 'products'")).isEqualTo("1");
    }

    @Test
    void aRenameThatBreaksASqlFunctionOfALiveColourIsRefused() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        Fixtures.addCoreChange(core, "903-rename.xml", Fixtures.changelog("""
                <changeSet id="903-rename-quantity" author="test">
                    <renameColumn tableName="order_line" oldColumnName="quantity" newColumnName="qty"/>
                </changeSet>"""));

        assertThatThrownBy(() -> migrator().migrate(core, "tester"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("order_total_cents")
                .hasMessageContaining("quantity");

        assertThat(db.value("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_schema = 'core' AND table_name = 'order_line' AND column_name = 'quantity'"))
                .isEqualTo("1");
    }

    @Test
    void aBrokenChangesetFailsWithItsNameAndSqlStateAndAppliesNothing() throws Exception {
        Fixtures.addCoreChange(core, "904-good.xml", Fixtures.read(Fixtures.CORE_CHANGES.resolve("add-column.xml")));
        Fixtures.addCoreChange(core, "905-bad.xml", Fixtures.changelog("""
                <changeSet id="905-typo" author="test">
                    <sql>ALTER TABLE no_such_table ADD COLUMN x int</sql>
                </changeSet>"""));

        assertThatThrownBy(() -> migrator().migrate(core, "tester"))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.reason()).isEqualTo(MigrationErrorCode.CHANGESET_FAILED))
                .hasMessageContaining("905-typo")
                .hasMessageContaining("42P01");

        assertThat(db.value("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_schema = 'core' AND table_name = 'customer' AND column_name = 'phone'")).isEqualTo("0");
    }

    @Test
    void aMissingChangelogSaysWhereItLooked() {
        assertThatThrownBy(() -> migrator().migrate(Path.of("no-such-folder"), "tester"))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.reason()).isEqualTo(MigrationErrorCode.CHANGELOG_UNREADABLE))
                .hasMessageContaining("--core-schema");
    }
}
