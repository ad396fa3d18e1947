package io.facadeswitch.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A release reaches nothing outside its colour, and nothing outside may hang on a colour. */
class ColourIsolationTest extends SwitchTestBase {

    @Test
    void aReleaseThatCreatesAnObjectInCoreIsRefused() throws Exception {
        Path release = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Fixtures.append(release.resolve("020_order_views.sql"), "\nCREATE VIEW core.sneaky AS SELECT 1 AS one;\n");

        assertThatThrownBy(() -> deploy(release, "1.0.0"))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("relation core.sneaky")
                .hasMessageContaining("outside its colour");

        assertThat(db.value("SELECT to_regclass('core.sneaky')")).isNull();
        assertThat(definitions(Colour.BLUE)).isEmpty();
    }

    @Test
    void unqualifiedNamesDoNotResolveToCore() {
        Path release = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Fixtures.append(release.resolve("020_order_views.sql"), "\nCREATE VIEW unqualified AS SELECT * FROM product;\n");

        assertThatThrownBy(() -> deploy(release, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class, e -> assertThat(e.sqlState()).isEqualTo("42P01"))
                .hasMessageContaining("\"product\" does not exist");
    }

    @Test
    void aColourThatCoreDependsOnIsNotDroppedWithThatDependency() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        db.execute("ALTER TABLE core.customer ALTER COLUMN full_name"
                + " SET DEFAULT facade_green.order_total_cents(0)::text");
        List<String> greenBefore = definitions(Colour.GREEN);
        Path next = Fixtures.copy(Fixtures.FACADE_1_1_0);
        Fixtures.append(next.resolve("010_reference_views.sql"), "\n-- 1.2.0\n");

        assertThatThrownBy(() -> deploy(next, "1.2.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployException.Code.TARGET_IN_USE))
                .hasMessageContaining("default value for column full_name of table core.customer");

        assertThat(db.value("SELECT column_default FROM information_schema.columns WHERE table_schema = 'core'"
                + " AND table_name = 'customer' AND column_name = 'full_name'")).contains("order_total_cents");
        assertThat(definitions(Colour.GREEN)).isEqualTo(greenBefore);
    }
}
