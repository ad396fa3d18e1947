package io.facadeswitch.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest extends SwitchTestBase {

    private FacadePlan plan(Path folder) {
        return context.bean(FacadePlanner.class).plan(folder);
    }

    @Test
    void aPlanListsAddedAndChangedObjectsAgainstEachColourAndChangesNothing() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        List<String> blueBefore = definitions(Colour.BLUE);
        List<String> schemasBefore = db.column("SELECT nspname FROM pg_namespace ORDER BY 1");

        FacadePlan plan = plan(Fixtures.FACADE_1_1_0);

        assertThat(plan.targetColour()).isEqualTo("green");
        assertThat(plan.unchangedIn()).isNull();
        ColourDiff blue = plan.colours().get(0);
        assertThat(blue.colour()).isEqualTo("blue");
        assertThat(blue.added()).contains("view customer_order_counts");
        assertThat(blue.changed()).contains("view order_summaries");
        assertThat(blue.removed()).isEmpty();
        assertThat(blue.columnsChanged()).isEmpty();
        assertThat(plan.colours().get(1).added()).hasSize(plan.objects());
        assertThat(definitions(Colour.BLUE)).isEqualTo(blueBefore);
        assertThat(db.column("SELECT nspname FROM pg_namespace ORDER BY 1")).isEqualTo(schemasBefore);
        assertThat(definitions(Colour.GREEN)).isEmpty();
    }

    @Test
    void viewsWhoseColumnsChangeAreFlagged() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        Path changed = Fixtures.copy(Fixtures.FACADE_1_0_0);
        // The release's own tests pin the columns; this plan is about the diff, so they go.
        Fixtures.deleteTree(changed.resolve("tests"));
        String views = Fixtures.read(changed.resolve("020_order_views.sql"));
        Files.writeString(changed.resolve("020_order_views.sql"),
                views.replaceFirst("(?s)(CREATE VIEW order_summaries AS\\s+SELECT)", "$1 42 AS answer,"));

        FacadePlan plan = plan(changed);

        assertThat(plan.colours().get(0).columnsChanged()).singleElement()
                .satisfies(c -> assertThat(c).startsWith("view order_summaries").contains("answer integer"));
    }

    @Test
    void aPlanOfTheLiveSourcesSaysADeployWouldDoNothing() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");

        FacadePlan plan = plan(Fixtures.FACADE_1_0_0);

        assertThat(plan.unchangedIn()).isEqualTo("blue");
        assertThat(plan.colours().get(0).isEmpty()).isTrue();
    }

    @Test
    void aPlanOfBrokenSourcesFailsLikeTheDeployWould() {
        assertThatThrownBy(() -> plan(Fixtures.brokenSyntax()))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.SQL_FAILED));
    }
}
